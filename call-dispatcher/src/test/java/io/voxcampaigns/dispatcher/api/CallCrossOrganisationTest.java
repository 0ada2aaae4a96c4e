package io.voxcampaigns.dispatcher.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.fuzz.Expectation;
import io.voxcampaigns.fuzz.FuzzRequest;
import io.voxcampaigns.fuzz.FuzzRun;
import io.voxcampaigns.fuzz.ResponseRules;
import io.voxcampaigns.platform.error.ErrorCode;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.StoredFingerprint;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * Issue #6, call-dispatcher's share (20) of the 100 cross-organisation requests: the owner's calls, asked for by id
 * with another organisation's keys (calls scope, every scope), answer 404 in the envelope and stay as they were;
 * filtering the list by the owner's campaign shows nothing.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class CallCrossOrganisationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URI base;

    private final String owner = UUID.randomUUID().toString();
    private final UUID campaign = UUID.randomUUID();

    @Test
    void anotherOrganisationsCallsAnswer404AndStayUntouched() {
        List<FuzzRequest> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String target = "/v3/calls/" + insertCall(i);
            requests.add(FuzzRequest.of("GET " + target, "GET", target, null, null, Expectation.REJECTED));
        }
        String stranger = UUID.randomUUID().toString();
        String callsKey = TestApiKeys.issue(stranger, "calls");
        String everyScope = TestApiKeys.issue(stranger, "agents", "campaigns", "calls", "admin");
        ResponseRules notFound = ResponseRules.notFound(status -> ErrorCode.forStatus(status).name());
        FuzzRun withCallsKey = new FuzzRun("call-dispatcher cross-organisation", 0, base,
                request -> Map.of("Authorization", "Bearer " + callsKey), notFound);
        FuzzRun withEveryScope = new FuzzRun("call-dispatcher cross-organisation", 0, base,
                request -> Map.of("Authorization", "Bearer " + everyScope), notFound);

        Map<String, String> before = stored();
        withCallsKey.send(requests);
        withEveryScope.send(requests);

        assertThat(withCallsKey.failures()).as(withCallsKey.report()).isEmpty();
        assertThat(withEveryScope.failures()).as(withEveryScope.report()).isEmpty();
        assertThat(withCallsKey.sent() + withEveryScope.sent()).isEqualTo(20);
        assertThat(stored()).as("the owner's calls").isEqualTo(before);
        given().auth().oauth2(everyScope).queryParam("campaign_id", campaign.toString()).when().get("/v3/calls")
                .then().statusCode(200).body("total_count", equalTo(0));
    }

    private UUID insertCall(int index) {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        pool.preparedQuery("""
                insert into call (id, organization_id, campaign_id, task_id, attempt_id, to_number, from_number,
                                  presentation_number, agent_id, agent_version, metadata, dynamic_variables, status,
                                  disconnection_reason, start_at, end_at, duration_ms, created_at, phase)
                values ($1, $2, $3, $4, $5, $6, '0260001000', '0212345678', $7, 'current', '{}', '{}',
                        'ended', 'user_hangup', $8, $8, 25000, $8, 'ended')
                """).execute(Tuple.tuple().addUUID(id).addString(owner).addUUID(campaign).addUUID(UUID.randomUUID())
                        .addUUID(UUID.randomUUID()).addString(String.format("0101234%04d", index))
                        .addUUID(UUID.randomUUID()).addOffsetDateTime(at.atOffset(ZoneOffset.UTC)))
                .await().atMost(WAIT);
        return id;
    }

    private Map<String, String> stored() {
        return StoredFingerprint.of(pool, owner).table("call").read();
    }
}
