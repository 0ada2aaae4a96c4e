package io.voxcampaigns.dispatcher.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.voxcampaigns.events.audit.AuditEventRecorded;
import io.voxcampaigns.events.audit.AuditOutcome;
import io.voxcampaigns.testing.support.AuditTrailLog;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * The dispatcher's change requests in the audit trail, as the broker delivers them on audit.events: a replacement of
 * the organisation limits with the fields sent, a refused one with its status, nothing for reads.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class DispatcherAuditTrailTest {

    @Test
    void limitReplacementsAndTheirRefusalsAreRecordedOnce() {
        String org = UUID.randomUUID().toString();
        String keyId = UUID.randomUUID().toString();
        String admin = TestApiKeys.issueWithKeyId(keyId, org, "admin");

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"max_concurrent_calls\": 20, \"inbound_reserve\": 2}")
                .put("/v3/organization-limits").then().statusCode(200);
        given().auth().oauth2(admin).get("/v3/organization-limits").then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"max_concurrent_calls\": -1}")
                .put("/v3/organization-limits").then().statusCode(400);

        List<AuditEventRecorded> trail = AuditTrailLog.read(org, 2);

        assertThat(trail).extracting(AuditEventRecorded::getAction, AuditEventRecorded::getOutcome,
                        AuditEventRecorded::getStatus, AuditEventRecorded::getChangedFields)
                .containsExactly(
                        tuple("update", AuditOutcome.succeeded, null,
                                List.of("max_concurrent_calls", "inbound_reserve")),
                        tuple("put", AuditOutcome.rejected, 400, List.of()));
        assertThat(trail).allSatisfy(event -> {
            assertThat(event.getApiKeyId()).isEqualTo(keyId);
            assertThat(event.getService()).isEqualTo("call-dispatcher");
            assertThat(event.getResourceType()).isEqualTo("organization_limits");
            assertThat(event.getPath()).isEqualTo("/v3/organization-limits");
        });
        assertThat(trail.get(0).getResourceId()).isEqualTo(org);
        assertThat(trail.get(1).getResourceId()).as("the path names no id").isNull();
    }
}
