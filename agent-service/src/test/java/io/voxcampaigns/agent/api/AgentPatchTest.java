package io.voxcampaigns.agent.api;

import static io.voxcampaigns.agent.support.AgentApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.testing.support.RealInfra;

/** PATCH /v3/agents/{id}: each rule of the vox PATCH semantics. */
@QuarkusTest
@RealInfra(database = "agents")
class AgentPatchTest {

    private static final String ORG = UUID.randomUUID().toString();

    private static String singlePrompt() {
        return AgentApi.create(ORG, AgentApi.resource("examples/single-prompt-agent.json"));
    }

    private static JsonPath patch(String id, String body) {
        return as(ORG).body(body).when().patch("/v3/agents/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void omittedFieldsAreKept() {
        String id = singlePrompt();
        JsonPath after = patch(id, "{\"name\": \"Renamed\"}");
        assertThat(after.getString("name")).isEqualTo("Renamed");
        assertThat(after.getString("data.llm.model")).isEqualTo("gpt-4.1");
        assertThat(after.getInt("data.callSettings.ringDurationInSeconds")).isEqualTo(30);
        assertThat(after.getString("validation_message")).isEmpty();
    }

    @Test
    void emptyBodyIs400() {
        String id = singlePrompt();
        as(ORG).body("{}").when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"));
    }

    @Test
    void nullNameIs400() {
        String id = singlePrompt();
        as(ORG).body("{\"name\": null}").when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("name"));
    }

    @Test
    void typeIsImmutable() {
        String id = singlePrompt();
        as(ORG).body("{\"type\": \"single_prompt\"}").when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("type"));
    }

    @Test
    void dataSectionsMergeOneLevelDeep() {
        String id = singlePrompt();
        JsonPath after = patch(id, "{\"data\": {\"callSettings\": {\"ringDurationInSeconds\": 45},"
                + " \"voice\": {\"id\": \"ko-male-2\", \"provider\": \"elevenlabs\"}}}");
        assertThat(after.getInt("data.callSettings.ringDurationInSeconds")).isEqualTo(45);
        assertThat(after.getInt("data.callSettings.callTimeoutInSeconds")).isEqualTo(900);
        assertThat(after.getString("data.callSettings.noiseCancellation")).isEqualTo("bvc");
        assertThat(after.getString("data.voice.id")).isEqualTo("ko-male-2");
        assertThat(after.getString("data.voice.model")).isEqualTo("eleven_multilingual_v2");
        assertThat(after.getString("data.prompt.firstLine")).isEqualTo("안녕하세요, 예약 확인 전화드렸습니다.");
    }

    @Test
    void nullClearsANullableKey() {
        String id = singlePrompt();
        JsonPath after = patch(id, "{\"data\": {\"speech\": {\"boostedKeywords\": null}}}");
        assertThat(after.getString("data.speech.boostedKeywords")).isNull();
        assertThat(after.getDouble("data.speech.responsiveness")).isEqualTo(1.0);
    }

    @Test
    void nullOnAKeyWithADefaultIs400() {
        String id = singlePrompt();
        as(ORG).body("{\"data\": {\"callSettings\": {\"ringDurationInSeconds\": null}}}")
                .when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("data.callSettings.ringDurationInSeconds"));
    }

    @Test
    void builtInToolsAreReplacedWholeWithTheirNestedObjects() {
        String id = singlePrompt();
        JsonPath after = patch(id, "{\"data\": {\"builtInTools\": [{\"toolType\": \"end_call\", \"name\": \"hang_up\","
                + " \"speakDuringExecution\": {\"enabled\": true}}]}}");
        assertThat(after.getList("data.builtInTools")).hasSize(1);
        assertThat(after.getString("data.builtInTools[0].name")).isEqualTo("hang_up");
        assertThat(after.getBoolean("data.builtInTools[0].speakDuringExecution.enabled")).isTrue();
        assertThat(after.getList("data.builtInTools[0].speakDuringExecution.messages")).isNull();
        assertThat(after.getString("data.builtInTools[0].description")).isNull();
    }

    @Test
    void listsAndMapsAreReplacedWhole() {
        String id = singlePrompt();
        patch(id, "{\"data\": {\"presetDynamicVariables\": {\"customer\": \"Kim\", \"store\": \"Gangnam\"}}}");
        JsonPath after = patch(id, "{\"data\": {\"toolIds\": [], \"presetDynamicVariables\": {\"store\": \"Jamsil\"},"
                + " \"postCall\": {\"actions\": [{\"name\": \"rating\", \"type\": \"number\"}]},"
                + " \"stt\": {\"languages\": [\"en\", \"ko\"], \"speed\": null}}}");
        assertThat(after.getList("data.toolIds")).isEmpty();
        assertThat(after.getMap("data.presetDynamicVariables")).containsExactly(java.util.Map.entry("store", "Jamsil"));
        assertThat(after.getList("data.postCall.actions.name")).containsExactly("rating");
        assertThat(after.getList("data.stt.languages")).containsExactly("en", "ko");
    }

    @Test
    void invalidMergedValueIs400AndChangesNothing() {
        String id = singlePrompt();
        as(ORG).body("{\"name\": \"Never saved\", \"data\": {\"callSettings\": {\"noiseCancellation\": \"max\"}}}")
                .when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("data.callSettings.noiseCancellation"));
        as(ORG).when().get("/v3/agents/" + id).then().statusCode(200)
                .body("name", equalTo("Reservation reminder"))
                .body("data.callSettings.noiseCancellation", equalTo("bvc"));
    }

    @Test
    void flowDataOnASinglePromptAgentIs400() {
        String id = singlePrompt();
        ObjectNode body = AgentApi.JSON.createObjectNode();
        body.set("flow_data", AgentApi.exampleFlow());
        as(ORG).body(body.toString()).when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("flow_data"));
    }

    @Test
    void flowDataReplacesTheWholeGraphAndReportsWarnings() {
        String id = AgentApi.create(ORG, AgentApi.resource("examples/flow-agent.json"));
        ObjectNode flow = AgentApi.exampleFlow();
        ((ObjectNode) flow).set("edges", AgentApi.JSON.createArrayNode().add(flow.get("edges").get(0)));
        ObjectNode body = AgentApi.JSON.createObjectNode();
        body.set("flow_data", flow);
        as(ORG).body(body.toString()).when().patch("/v3/agents/" + id).then().statusCode(200)
                .body("flow_data.edges.id", contains("e-begin-ask"))
                .body("validation_message", containsString("'goodbye'"));
    }

    @Test
    void criticalFlowIssueOnPatchIs400NamingTheNode() {
        String id = AgentApi.create(ORG, AgentApi.resource("examples/flow-agent.json"));
        ObjectNode flow = AgentApi.exampleFlow();
        ((ObjectNode) flow.get("nodes").get(2)).put("id", "ask");
        ObjectNode body = AgentApi.JSON.createObjectNode();
        body.set("flow_data", flow);
        as(ORG).body(body.toString()).when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors.field", hasItems("flow_data.nodes[2].id"));
    }

    @Test
    void nullFlowDataIs400() {
        String id = AgentApi.create(ORG, AgentApi.resource("examples/flow-agent.json"));
        as(ORG).body("{\"flow_data\": null}").when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("flow_data"));
    }

    @Test
    void updatedAtMovesAndCreatedAtNever() {
        String id = singlePrompt();
        JsonPath before = as(ORG).when().get("/v3/agents/" + id).then().extract().jsonPath();
        JsonPath after = patch(id, "{\"name\": \"Later\"}");
        assertThat(after.getLong("created_at")).isEqualTo(before.getLong("created_at"));
        assertThat(after.getLong("updated_at")).isGreaterThan(before.getLong("updated_at"));
    }

    @Test
    void patchEditsCurrentOnlyAndSnapshotsNeverChange() {
        String id = singlePrompt();
        String v1 = AgentApi.snapshot(ORG, id);
        patch(id, "{\"data\": {\"callSettings\": {\"ringDurationInSeconds\": 60}}}");
        as(ORG).queryParam("version", v1).when().get("/v3/agents/" + id).then().statusCode(200)
                .body("data.callSettings.ringDurationInSeconds", equalTo(30))
                .body("version.version", equalTo("v1"));
        as(ORG).when().get("/v3/agents/" + id).then().statusCode(200)
                .body("data.callSettings.ringDurationInSeconds", equalTo(60))
                .body("version", nullValue());
    }

    @Test
    void unknownTopLevelFieldIs400() {
        String id = singlePrompt();
        as(ORG).body("{\"nmae\": \"typo\"}").when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("nmae"));
    }

    @Test
    void dataMustBeAnObject() {
        String id = singlePrompt();
        as(ORG).body("{\"data\": null}").when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("data"));
        as(ORG).body("{\"data\": \"everything\"}").when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("data"));
        as(ORG).body("[]").when().patch("/v3/agents/" + id).then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"));
    }

    @Test
    void missingAgentIs404() {
        as(ORG).body("{\"name\": \"x\"}").when().patch("/v3/agents/" + UUID.randomUUID()).then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
    }
}
