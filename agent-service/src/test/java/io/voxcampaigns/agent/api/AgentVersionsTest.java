package io.voxcampaigns.agent.api;

import static io.restassured.RestAssured.given;
import static io.voxcampaigns.agent.support.AgentApi.as;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** Versions: snapshot current as v{n}, list them, publish one to production. */
@QuarkusTest
@RealInfra(database = "agents")
class AgentVersionsTest {

    private static final String ORG = UUID.randomUUID().toString();

    @Inject
    Pool pool;

    @Test
    void versionsAreNumberedPerAgent() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        as(ORG).body("{\"description\": \"first cut\"}").when().post("/v3/agents/" + id + "/versions")
                .then().statusCode(201)
                .body("version", equalTo("v1"))
                .body("agent_id", equalTo(id))
                .body("description", equalTo("first cut"))
                .body("created_at", notNullValue());
        as(ORG).body("{}").when().post("/v3/agents/" + id + "/versions").then().statusCode(201)
                .body("version", equalTo("v2")).body("description", nullValue());
        String other = AgentApi.create(ORG, AgentApi.MINIMAL);
        as(ORG).body("{}").when().post("/v3/agents/" + other + "/versions").then().statusCode(201)
                .body("version", equalTo("v1"));
    }

    @Test
    void bodyIsOptional() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        given().auth().oauth2(TestApiKeys.issue(ORG)).when().post("/v3/agents/" + id + "/versions")
                .then().statusCode(201).body("version", equalTo("v1"));
    }

    @Test
    void longDescriptionAndUnknownFieldsAre400() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        as(ORG).body("{\"description\": \"" + "d".repeat(501) + "\"}").when().post("/v3/agents/" + id + "/versions")
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("description"));
        as(ORG).body("{\"descripton\": \"typo\"}").when().post("/v3/agents/" + id + "/versions")
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("descripton"));
    }

    @Test
    void listIsNewestFirstAndMarksProduction() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        AgentApi.snapshot(ORG, id);
        AgentApi.snapshot(ORG, id);
        AgentApi.snapshot(ORG, id);
        as(ORG).when().post("/v3/agents/" + id + "/versions/v2/publish").then().statusCode(200);
        as(ORG).when().get("/v3/agents/" + id + "/versions").then().statusCode(200)
                .body("total_count", equalTo(3))
                .body("versions.version", contains("v3", "v2", "v1"))
                .body("versions.is_production", contains(false, true, false));
    }

    @Test
    void publishReturnsThePreviousProductionVersion() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        AgentApi.snapshot(ORG, id);
        AgentApi.snapshot(ORG, id);
        as(ORG).when().post("/v3/agents/" + id + "/versions/v1/publish").then().statusCode(200)
                .body("agent_id", equalTo(id))
                .body("production_version", equalTo("v1"))
                .body("previous_production_version", nullValue());
        as(ORG).when().post("/v3/agents/" + id + "/versions/v2/publish").then().statusCode(200)
                .body("production_version", equalTo("v2"))
                .body("previous_production_version", equalTo("v1"));
        as(ORG).when().get("/v3/agents/" + id).then().body("production_version", equalTo("v2"));
    }

    @Test
    void republishingTheProductionVersionChangesNothing() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        AgentApi.snapshot(ORG, id);
        as(ORG).when().post("/v3/agents/" + id + "/versions/v1/publish").then().statusCode(200);
        long updatedAt = as(ORG).when().get("/v3/agents/" + id).then().extract().jsonPath().getLong("updated_at");
        as(ORG).when().post("/v3/agents/" + id + "/versions/v1/publish").then().statusCode(200)
                .body("production_version", equalTo("v1"))
                .body("previous_production_version", equalTo("v1"));
        as(ORG).when().get("/v3/agents/" + id).then().body("updated_at", equalTo(updatedAt));
    }

    @Test
    void storedSnapshotsRefuseUpdates() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        AgentApi.snapshot(ORG, id);
        assertThatThrownBy(() -> pool.preparedQuery("update agent_version set description = 'changed' where agent_id = $1")
                .execute(Tuple.of(UUID.fromString(id))).await().atMost(Duration.ofSeconds(10)))
                .hasMessageContaining("immutable");
    }

    @Test
    void productionReadsThePublishedSnapshotWithTheCurrentName() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        AgentApi.snapshot(ORG, id);
        as(ORG).when().post("/v3/agents/" + id + "/versions/v1/publish").then().statusCode(200);
        as(ORG).body("{\"name\": \"Renamed\", \"data\": {\"callSettings\": {\"callTimeoutInSeconds\": 300}}}")
                .when().patch("/v3/agents/" + id).then().statusCode(200);
        as(ORG).queryParam("version", "production").when().get("/v3/agents/" + id).then().statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("data.callSettings.callTimeoutInSeconds", equalTo(900))
                .body("version.version", equalTo("v1"))
                .body("version.is_production", equalTo(true));
    }

    @Test
    void publishingAMissingOrInvalidVersionFails() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        as(ORG).when().post("/v3/agents/" + id + "/versions/v9/publish").then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
        as(ORG).when().post("/v3/agents/" + id + "/versions/current/publish").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("version"));
        as(ORG).when().post("/v3/agents/" + id + "/versions/v0/publish").then().statusCode(400);
    }

    @Test
    void versionsOfAMissingAgentAre404() {
        as(ORG).when().get("/v3/agents/" + UUID.randomUUID() + "/versions").then().statusCode(404);
        as(ORG).body("{}").when().post("/v3/agents/" + UUID.randomUUID() + "/versions").then().statusCode(404);
    }
}
