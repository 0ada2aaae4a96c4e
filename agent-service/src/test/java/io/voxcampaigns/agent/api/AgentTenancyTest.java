package io.voxcampaigns.agent.api;

import static io.voxcampaigns.agent.support.AgentApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.testing.support.RealInfra;

/** Another organisation's agent answers exactly like a missing one, on every endpoint, and is left untouched. */
@QuarkusTest
@RealInfra(database = "agents")
class AgentTenancyTest {

    private static final String OWNER = UUID.randomUUID().toString();
    private static final String STRANGER = UUID.randomUUID().toString();

    @Test
    void foreignAgentIsIndistinguishableFromAMissingOne() {
        String id = AgentApi.create(OWNER, AgentApi.MINIMAL);
        AgentApi.snapshot(OWNER, id);
        String missing = UUID.randomUUID().toString();

        String foreign = as(STRANGER).when().get("/v3/agents/" + id).then().statusCode(404).extract().asString();
        String absent = as(STRANGER).when().get("/v3/agents/" + missing).then().statusCode(404).extract().asString();
        assertThat(foreign.replace(id, "ID")).isEqualTo(absent.replace(missing, "ID"));

        as(STRANGER).body("{\"name\": \"hijack\"}").when().patch("/v3/agents/" + id).then().statusCode(404);
        as(STRANGER).when().delete("/v3/agents/" + id).then().statusCode(404);
        as(STRANGER).when().get("/v3/agents/" + id + "/versions").then().statusCode(404);
        as(STRANGER).body("{}").when().post("/v3/agents/" + id + "/versions").then().statusCode(404);
        as(STRANGER).when().post("/v3/agents/" + id + "/versions/v1/publish").then().statusCode(404);
        as(STRANGER).queryParam("version", "v1").when().get("/v3/agents/" + id).then().statusCode(404);
        as(STRANGER).when().get("/v3/agents").then().statusCode(200).body("total_count", equalTo(0));

        as(OWNER).when().get("/v3/agents/" + id).then().statusCode(200)
                .body("name", equalTo("Minimal agent"))
                .body("production_version", equalTo(null));
        as(OWNER).when().get("/v3/agents/" + id + "/versions").then().body("total_count", equalTo(1));
    }
}
