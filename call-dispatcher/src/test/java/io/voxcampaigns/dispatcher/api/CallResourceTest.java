package io.voxcampaigns.dispatcher.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.local.InfraTestResource;
import io.voxcampaigns.local.TestApiKeys;

/** GET /v3/calls lists the organisation's calls only. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = InfraTestResource.DATABASE_ARG, value = "dispatcher"))
class CallResourceTest {

    @Inject
    Pool pool;

    @Test
    void listsOnlyTheCallersCalls() {
        String org = UUID.randomUUID().toString();
        UUID callId = insertCall(org);
        insertCall(UUID.randomUUID().toString());

        given().auth().oauth2(TestApiKeys.issue(org)).when().get("/v3/calls")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].call_id", equalTo(callId.toString()))
                .body("items[0].call_status", equalTo("ended"))
                .body("total_count", equalTo(1));
    }

    @Test
    void withoutKeyIs401() {
        given().when().get("/v3/calls").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    }

    private UUID insertCall(String org) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        pool.preparedQuery("""
                insert into call (id, organization_id, campaign_id, task_id, attempt_id, to_number, from_number, status,
                                  disconnection_reason, start_at, end_at, created_at)
                values ($1, $2, $3, $4, $5, '01012345678', '0260001000', 'ended', 'user_hangup', $6, $6, $6)
                """).execute(Tuple.tuple().addUUID(id).addString(org).addUUID(UUID.randomUUID()).addUUID(UUID.randomUUID())
                .addUUID(UUID.randomUUID()).addOffsetDateTime(now.atOffset(java.time.ZoneOffset.UTC)))
                .await().indefinitely();
        return id;
    }
}
