package io.voxcampaigns.agent.api;

import static io.voxcampaigns.agent.support.AgentApi.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.testing.support.RealInfra;

/** POST /v3/agents: defaults, partial data, type rules for flow_data, and every validation path. */
@QuarkusTest
@RealInfra(database = "agents")
class AgentCreateTest {

    private static final String ORG = UUID.randomUUID().toString();

    @Test
    void nameAloneCreatesASinglePromptAgentWithEveryDefault() {
        as(ORG).body(AgentApi.MINIMAL).when().post("/v3/agents").then().statusCode(201)
                .body("agent_id", notNullValue())
                .body("type", equalTo("single_prompt"))
                .body("production_version", nullValue())
                .body("flow_data", nullValue())
                .body("validation_message", equalTo(""))
                .body("data.prompt.firstLineType", equalTo("aiFirstDynamic"))
                .body("data.prompt.isFirstMessageInterruptible", equalTo(true))
                .body("data.stt.speed", equalTo("high"))
                .body("data.callSettings.ringDurationInSeconds", equalTo(30))
                .body("data.callSettings.callTimeoutInSeconds", equalTo(900))
                .body("data.callSettings.noiseCancellation", equalTo("bvc"))
                .body("data.callSettings.dtmfTerminationKey", equalTo("#"))
                .body("data.webhookSettings.webhookVersion", equalTo("v1"))
                .body("data.knowledge.ragEnabled", equalTo(false))
                .body("data.builtInTools.size()", equalTo(0));
    }

    @Test
    void partialDataIsMergedOntoTheDefaults() {
        as(ORG).body("{\"name\": \"Short ring\", \"data\": {\"callSettings\": {\"ringDurationInSeconds\": 20}}}")
                .when().post("/v3/agents").then().statusCode(201)
                .body("data.callSettings.ringDurationInSeconds", equalTo(20))
                .body("data.callSettings.callTimeoutInSeconds", equalTo(900))
                .body("data.callSettings.backgroundMusic", equalTo("none"))
                .body("data.prompt.firstLine", equalTo(""));
    }

    @Test
    void flowAgentNeedsFlowData() {
        as(ORG).body("{\"name\": \"Flow\", \"type\": \"flow\"}").when().post("/v3/agents").then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors[0].field", equalTo("flow_data"));
    }

    @Test
    void singlePromptAgentRefusesFlowData() {
        ObjectNode body = AgentApi.tree(AgentApi.MINIMAL);
        body.set("flow_data", AgentApi.exampleFlow());
        as(ORG).body(body.toString()).when().post("/v3/agents").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("flow_data"));
    }

    @Test
    void flowAgentWithAValidGraphIsCreatedWithoutWarnings() {
        as(ORG).body(AgentApi.resource("examples/flow-agent.json")).when().post("/v3/agents").then().statusCode(201)
                .body("type", equalTo("flow"))
                .body("validation_message", equalTo(""))
                .body("flow_data.nodes.id", hasItems("begin", "ask", "goodbye"))
                .body("data.callSettings.ringDurationInSeconds", equalTo(40));
    }

    @Test
    void criticalFlowIssueIs400NamingTheEdge() {
        ObjectNode body = AgentApi.tree(AgentApi.resource("examples/flow-agent.json"));
        ((ObjectNode) body.get("flow_data").get("edges").get(1)).put("target", "nowhere");
        as(ORG).body(body.toString()).when().post("/v3/agents").then().statusCode(400)
                .body("error.details.errors.field", hasItems("flow_data.edges[1].target"))
                .body("error.message", containsString("e-ask-goodbye"));
    }

    @Test
    void flowWarningsAreSavedAndReturnedInValidationMessage() {
        ObjectNode body = AgentApi.tree(AgentApi.resource("examples/flow-agent.json"));
        ((ObjectNode) body.get("flow_data")).set("edges", AgentApi.JSON.createArrayNode()
                .add(body.get("flow_data").get("edges").get(0)));
        as(ORG).body(body.toString()).when().post("/v3/agents").then().statusCode(201)
                .body("validation_message", containsString("node 'goodbye' is not reachable"))
                .body("validation_message", containsString("node 'ask' is not terminal and has no outgoing edge"));
    }

    @Test
    void enumerationAndRangeErrorsNameTheirJsonPaths() {
        as(ORG).body("{\"name\": \"x\", \"data\": {\"callSettings\": {\"backgroundMusic\": \"jazz\","
                        + " \"ringDurationInSeconds\": -1}, \"prompt\": {\"pauseBeforeSpeakingSeconds\": 9}}}")
                .when().post("/v3/agents").then().statusCode(400)
                .body("error.details.errors.field", hasItems("data.callSettings.backgroundMusic",
                        "data.callSettings.ringDurationInSeconds", "data.prompt.pauseBeforeSpeakingSeconds"));
    }

    @Test
    void singleRangeErrorIsTheMessage() {
        as(ORG).body("{\"name\": \"x\", \"data\": {\"prompt\": {\"pauseBeforeSpeakingSeconds\": 5.5}}}")
                .when().post("/v3/agents").then().statusCode(400)
                .body("error.message", equalTo("data.prompt.pauseBeforeSpeakingSeconds: must be between 0 and 5"));
    }

    @Test
    void unknownFieldInsideDataIs400NamingItsPath() {
        as(ORG).body("{\"name\": \"x\", \"data\": {\"callSettings\": {\"ringDuration\": 20}}}")
                .when().post("/v3/agents").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("data.callSettings.ringDuration"));
    }

    @Test
    void llmSectionWithoutItsModelIsAccepted() {
        as(ORG).body("{\"name\": \"x\", \"data\": {\"llm\": {\"temperature\": 0.5}}}")
                .when().post("/v3/agents").then().statusCode(201)
                .body("data.llm.temperature", equalTo(0.5f));
    }

    @Test
    void wrongTypeInsideDataNamesThePath() {
        as(ORG).body("{\"name\": \"x\", \"data\": {\"toolIds\": [\"not-a-uuid\"]}}")
                .when().post("/v3/agents").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("data.toolIds[0]"));
    }

    @Test
    void aNumberOrBooleanWhereTextIsDeclaredIs400NamingTheField() {
        as(ORG).body("{\"name\": 123}").when().post("/v3/agents").then().statusCode(400)
                .body("error.details.field", equalTo("name"));
        as(ORG).body("{\"name\": \"x\", \"data\": {\"prompt\": {\"prompt\": true}}}").when().post("/v3/agents")
                .then().statusCode(400).body("error.details.field", equalTo("data.prompt.prompt"));
    }

    @Test
    void tooLongNameIs400() {
        as(ORG).body("{\"name\": \"" + "a".repeat(256) + "\"}").when().post("/v3/agents").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("name"));
    }

    @Test
    void missingBodyIs400() {
        as(ORG).when().post("/v3/agents").then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"));
    }
}
