package io.voxcampaigns.agent.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.voxcampaigns.testing.support.RealInfra;

/** /q/openapi describes every agents endpoint with its request schema and error responses. */
@QuarkusTest
@RealInfra(database = "agents")
class AgentOpenApiTest {

    @Test
    void everyEndpointIsDescribed() {
        JsonPath doc = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/v3/agents", "/v3/agents/{agent_id}", "/v3/agents/{agent_id}/versions",
                "/v3/agents/{agent_id}/versions/{version}/publish", "/v3/agents/validate-flow");
        assertThat(doc.getMap("paths.'/v3/agents/{agent_id}'")).containsKeys("get", "patch", "delete");
        assertThat(doc.getMap("paths.'/v3/agents'.post.responses")).containsKeys("201", "400", "401");
        assertThat(doc.getMap("paths.'/v3/agents/{agent_id}'.patch.responses")).containsKeys("200", "400", "404");
        assertThat(doc.getString("paths.'/v3/agents'.post.requestBody.content.'application/json'.schema.'$ref'"))
                .endsWith("CreateAgentRequest");
        assertThat(doc.getMap("components.schemas")).containsKeys("AgentData", "FlowData", "AgentResponse",
                "ErrorBody");
    }
}
