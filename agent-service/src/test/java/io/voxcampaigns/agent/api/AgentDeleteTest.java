package io.voxcampaigns.agent.api;

import static io.voxcampaigns.agent.support.AgentApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.testing.support.RealInfra;

/** DELETE /v3/agents/{id}: 204, then the agent and its versions answer 404 everywhere. */
@QuarkusTest
@RealInfra(database = "agents")
class AgentDeleteTest {

    private static final String ORG = UUID.randomUUID().toString();

    @Test
    void deletedAgentIsGoneEverywhere() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        AgentApi.snapshot(ORG, id);
        as(ORG).when().delete("/v3/agents/" + id).then().statusCode(204);

        as(ORG).when().get("/v3/agents/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        as(ORG).queryParam("version", "v1").when().get("/v3/agents/" + id).then().statusCode(404);
        as(ORG).body("{\"name\": \"x\"}").when().patch("/v3/agents/" + id).then().statusCode(404);
        as(ORG).when().get("/v3/agents/" + id + "/versions").then().statusCode(404);
        as(ORG).body("{}").when().post("/v3/agents/" + id + "/versions").then().statusCode(404);
        as(ORG).when().post("/v3/agents/" + id + "/versions/v1/publish").then().statusCode(404);
        as(ORG).when().get("/v3/agents").then().statusCode(200).body("items.agent_id", not(hasItem(id)));
    }

    @Test
    void secondDeleteIs404() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        as(ORG).when().delete("/v3/agents/" + id).then().statusCode(204);
        as(ORG).when().delete("/v3/agents/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void unknownAgentIs404() {
        as(ORG).when().delete("/v3/agents/" + UUID.randomUUID()).then().statusCode(404);
        as(ORG).when().delete("/v3/agents/not-a-uuid").then().statusCode(404);
    }
}
