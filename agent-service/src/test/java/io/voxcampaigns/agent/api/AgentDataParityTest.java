package io.voxcampaigns.agent.api;

import static io.voxcampaigns.agent.support.AgentApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Issue #18 item 8: an agent's {@code data} is validated only against what vox documents, and answered as sent: vox's
 * documented PATCH example is accepted and echoed, built-in tools come back without invented null keys, and a flow
 * node's node-type-specific keys are kept.
 */
@QuarkusTest
@RealInfra(database = "agents")
class AgentDataParityTest {

    private static final String ORG = UUID.randomUUID().toString();

    private static JsonNode get(String id) {
        return AgentApi.tree(as(ORG).when().get("/v3/agents/" + id).then().statusCode(200).extract().asString());
    }

    /** vox's PATCH example (its Mintlify placeholder {@code "toolType": "<string>"} replaced by {@code end_call}). */
    @Test
    void voxsDocumentedPatchExampleIsAcceptedAndAnsweredAsSent() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        ObjectNode example = AgentApi.tree(AgentApi.resource("examples/vox-patch-agent-data.json"));
        String answer = as(ORG).body(example.toString()).when().patch("/v3/agents/" + id).then().statusCode(200)
                .body("validation_message", equalTo("")).extract().asString();

        JsonNode data = AgentApi.tree(answer).get("data");
        AgentApi.assertContains(data, example.get("data"), "data");
        assertThat(data.get("builtInTools")).isEqualTo(example.get("data").get("builtInTools"));
        AgentApi.assertContains(get(id).get("data"), example.get("data"), "data");
    }

    @Test
    void builtInToolsComeBackWithTheKeysSentOnly() {
        String id = AgentApi.create(ORG, "{\"name\": \"Tools\", \"data\": {\"builtInTools\": [{\"toolType\": \"end_call\","
                + " \"name\": \"end_call\"}, {\"toolType\": \"transfer_call\", \"transferConfigurations\": [{\"transferType\":"
                + " \"phone\", \"transferTo\": \"0260001000\"}]}]}}");
        JsonNode tools = get(id).get("data").get("builtInTools");
        assertThat(names(tools.get(0))).containsExactly("toolType", "name");
        assertThat(names(tools.get(1))).containsExactly("toolType", "transferConfigurations");
        assertThat(names(tools.get(1).get("transferConfigurations").get(0))).containsExactly("transferType", "transferTo");
    }

    @Test
    void rulesVoxDoesNotDocumentAreNotEnforced() {
        String body = "{\"name\": \"Loose\", \"data\": {\"llm\": {\"temperature\": 2.5}, \"voice\": {\"speed\": 3},"
                + " \"callSettings\": {\"ringDurationInSeconds\": 301, \"callTimeoutInSeconds\": 20000,"
                + " \"dtmfTerminationKey\": \"A\"}, \"builtInTools\": [{\"toolType\": \"transfer_call\"}]}}";
        as(ORG).body(body).when().post("/v3/agents").then().statusCode(201)
                .body("data.llm.temperature", equalTo(2.5f))
                .body("data.voice.speed", equalTo(3.0f))
                .body("data.callSettings.ringDurationInSeconds", equalTo(301))
                .body("data.callSettings.callTimeoutInSeconds", equalTo(20000));
    }

    @Test
    void nodeTypeSpecificKeysOfFlowNodesAreKeptAsSent() {
        ObjectNode agent = AgentApi.tree(AgentApi.resource("examples/flow-agent.json"));
        ObjectNode flow = (ObjectNode) agent.get("flow_data");
        ObjectNode api = flow.withArray("nodes").addObject().put("id", "lookup").put("type", "api");
        ObjectNode apiData = api.putObject("data").put("name", "Look up");
        apiData.putObject("apiConfiguration").put("url", "https://example.com/r").put("method", "GET")
                .putObject("headers").put("X-Key", "k");
        apiData.putArray("responseVariables").addObject().put("variableName", "time").put("jsonPath", "$.time");
        apiData.put("timeoutSeconds", 10);
        flow.withArray("edges").addObject().put("id", "e-lookup").put("source", "lookup").put("target", "goodbye")
                .put("type", "custom");
        String id = AgentApi.create(ORG, agent.toString());

        JsonNode stored = get(id).get("flow_data").get("nodes").get(3).get("data");
        assertThat(stored).isEqualTo(apiData);
    }

    /** The graph GET answers is a graph PATCH takes: no key appears in an answer that a request may not carry. */
    @Test
    void theGraphAnAgentAnswersIsAcceptedBackUnchanged() {
        String id = AgentApi.create(ORG, AgentApi.resource("examples/flow-agent.json"));
        JsonNode flow = get(id).get("flow_data");
        assertThat(flow.get("nodes").get(1).get("data").has("global")).isFalse();
        ObjectNode patch = AgentApi.JSON.createObjectNode();
        patch.set("flow_data", flow);
        as(ORG).body(patch.toString()).when().patch("/v3/agents/" + id).then().statusCode(200);
        assertThat(get(id).get("flow_data")).isEqualTo(flow);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
