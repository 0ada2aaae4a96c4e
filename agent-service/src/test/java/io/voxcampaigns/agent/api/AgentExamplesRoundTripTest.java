package io.voxcampaigns.agent.api;

import static io.voxcampaigns.agent.support.AgentApi.as;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * The agent shapes of spec/vox-update-agent.txt (test resources examples/*.json) round-trip: create, PATCH one
 * part, and GET returns the sent values with exactly that part changed.
 */
@QuarkusTest
@RealInfra(database = "agents")
class AgentExamplesRoundTripTest {

    private static final String ORG = UUID.randomUUID().toString();

    @Test
    void singlePromptExampleRoundTrips() {
        ObjectNode example = AgentApi.tree(AgentApi.resource("examples/single-prompt-agent.json"));
        String id = AgentApi.create(ORG, example.toString());
        AgentApi.assertContains(get(id), example, "$");

        as(ORG).body("{\"data\": {\"callSettings\": {\"ringDurationInSeconds\": 45}, \"toolIds\": []}}")
                .when().patch("/v3/agents/" + id).then().statusCode(200);

        ObjectNode expected = example.deepCopy();
        ObjectNode data = (ObjectNode) expected.get("data");
        ((ObjectNode) data.get("callSettings")).put("ringDurationInSeconds", 45);
        data.set("toolIds", AgentApi.JSON.createArrayNode());
        AgentApi.assertContains(get(id), expected, "$");
    }

    @Test
    void flowExampleRoundTrips() {
        ObjectNode example = AgentApi.tree(AgentApi.resource("examples/flow-agent.json"));
        String id = AgentApi.create(ORG, example.toString());
        AgentApi.assertContains(get(id), example, "$");

        ObjectNode flow = AgentApi.exampleFlow();
        ((ObjectNode) flow.get("nodes").get(1).get("data")).put("staticSentence", "배송은 만족스러우셨나요?");
        ((ArrayNode) flow.get("edges")).remove(2);
        ObjectNode patch = AgentApi.JSON.createObjectNode();
        patch.put("name", "Delivery survey v2");
        patch.set("flow_data", flow);
        as(ORG).body(patch.toString()).when().patch("/v3/agents/" + id).then().statusCode(200);

        ObjectNode expected = example.deepCopy();
        expected.put("name", "Delivery survey v2");
        expected.set("flow_data", flow);
        ObjectNode actual = get(id);
        AgentApi.assertContains(actual, expected, "$");
    }

    private static ObjectNode get(String id) {
        return AgentApi.tree(as(ORG).when().get("/v3/agents/" + id).then().statusCode(200).extract().asString());
    }
}
