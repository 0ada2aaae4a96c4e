package io.voxcampaigns.agent.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
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
 * Every state-changing request to agent-service is in the audit trail once, as the broker delivers it on
 * audit.events: the changes with the key, resource and fields; the refusals (bad input, a missing scope) with their
 * status; nothing for a validation that changes nothing, a request without a key, or a read.
 */
@QuarkusTest
@RealInfra(database = "agents")
class AgentAuditTrailTest {

    @Test
    void everyChangeAndRefusalIsRecordedOnceWithItsKeyAndFields() {
        String org = UUID.randomUUID().toString();
        String keyId = UUID.randomUUID().toString();
        String key = TestApiKeys.issueWithKeyId(keyId, org);

        String agentId = given().auth().oauth2(key).contentType(ContentType.JSON)
                .body("{\"name\": \"Reminder\", \"type\": \"single_prompt\"}")
                .post("/v3/agents").then().statusCode(201).extract().path("agent_id");
        given().auth().oauth2(key).get("/v3/agents/" + agentId).then().statusCode(200);
        given().auth().oauth2(key).contentType(ContentType.JSON).body("{\"name\": \"Reminder 2\"}")
                .patch("/v3/agents/" + agentId).then().statusCode(200);
        given().auth().oauth2(key).contentType(ContentType.JSON).body("{\"name\": \"\"}")
                .patch("/v3/agents/" + agentId).then().statusCode(400);
        given().auth().oauth2(key).contentType(ContentType.JSON).body("{\"description\": \"first\"}")
                .post("/v3/agents/" + agentId + "/versions").then().statusCode(201);
        given().auth().oauth2(key).post("/v3/agents/" + agentId + "/versions/v1/publish").then().statusCode(200);
        given().auth().oauth2(key).contentType(ContentType.JSON).body("{\"flow_data\": {}}")
                .post("/v3/agents/validate-flow");
        given().contentType(ContentType.JSON).body("{\"name\": \"anonymous\"}").post("/v3/agents")
                .then().statusCode(401);
        given().auth().oauth2(TestApiKeys.issueExactly(org, Set.of("campaigns"))).delete("/v3/agents/" + agentId)
                .then().statusCode(403);
        given().auth().oauth2(key).delete("/v3/agents/" + agentId).then().statusCode(204);

        List<AuditEventRecorded> trail = AuditTrailLog.read(org, 7);

        assertThat(trail).extracting(e -> e.getAction(), e -> e.getOutcome(), e -> e.getStatus(),
                        e -> e.getResourceType(), e -> e.getChangedFields())
                .containsExactly(
                        tuple("create", AuditOutcome.succeeded, null, "agent", List.of("name", "type")),
                        tuple("update", AuditOutcome.succeeded, null, "agent", List.of("name")),
                        tuple("patch", AuditOutcome.rejected, 400, "agent", List.of()),
                        tuple("create_version", AuditOutcome.succeeded, null, "agent", List.of("description")),
                        tuple("publish_version", AuditOutcome.succeeded, null, "agent", List.of("production_version")),
                        tuple("delete", AuditOutcome.rejected, 403, "agent", List.of()),
                        tuple("delete", AuditOutcome.succeeded, null, "agent", List.of("deleted_at")));
        assertThat(trail).allSatisfy(event -> {
            assertThat(event.getOrganizationId()).isEqualTo(org);
            assertThat(event.getService()).isEqualTo("agent-service");
        });
        // the refusal before matching (a missing scope) names no resource id; every other names the agent
        assertThat(trail).extracting(AuditEventRecorded::getResourceId)
                .containsExactly(agentId, agentId, agentId, agentId, agentId, null, agentId);
        assertThat(trail).extracting(AuditEventRecorded::getApiKeyId).filteredOn(keyId::equals).hasSize(6);
        assertThat(trail.get(2).getMethod()).isEqualTo("PATCH");
        assertThat(trail.get(3).getPath()).isEqualTo("/v3/agents/" + agentId + "/versions");
    }
}
