package io.voxcampaigns.agent.domain.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.FieldError;
import io.voxcampaigns.platform.error.ValidationErrors;

/** The data model's defaults, the one-level merge and the validator, without Quarkus. */
class AgentDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final AgentDataMerger merger = new AgentDataMerger(MAPPER);

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) MAPPER.readTree(text);
    }

    private static List<String> invalidFields(AgentData data) {
        ValidationErrors errors = new ValidationErrors();
        AgentDataValidator.validate(data, errors);
        try {
            errors.throwIfAny();
            return List.of();
        } catch (ApiException e) {
            @SuppressWarnings("unchecked")
            List<FieldError> list = (List<FieldError>) e.details().get("errors");
            return list.stream().map(FieldError::field).toList();
        }
    }

    @Test
    void defaultsAreValid() {
        assertThat(invalidFields(AgentDataDefaults.defaults())).isEmpty();
    }

    @Test
    void sectionKeysMergeAndOthersStay() throws Exception {
        AgentData merged = merger.merge(AgentDataDefaults.defaults(),
                json("{\"callSettings\": {\"ringDurationInSeconds\": 45}}"));
        assertThat(merged.callSettings().ringDurationInSeconds()).isEqualTo(45);
        assertThat(merged.callSettings().callTimeoutInSeconds()).isEqualTo(900);
        assertThat(merged.prompt()).isEqualTo(AgentDataDefaults.defaults().prompt());
    }

    @Test
    void listsAndMapsAreReplacedWhole() throws Exception {
        AgentData base = merger.merge(AgentDataDefaults.defaults(),
                json("{\"presetDynamicVariables\": {\"a\": \"1\", \"b\": \"2\"}, \"toolIds\": [\"x\"]}"));
        AgentData merged = merger.merge(base, json("{\"presetDynamicVariables\": {\"b\": \"3\"}, \"toolIds\": []}"));
        assertThat(merged.presetDynamicVariables()).containsOnlyKeys("b");
        assertThat(merged.toolIds()).isEmpty();
    }

    @Test
    void nullClearsAKey() throws Exception {
        AgentData base = merger.merge(AgentDataDefaults.defaults(), json("{\"speech\": {\"boostedKeywords\": \"x\"}}"));
        AgentData merged = merger.merge(base, json("{\"speech\": {\"boostedKeywords\": null}}"));
        assertThat(merged.speech().boostedKeywords()).isNull();
        assertThat(merged.speech().responsiveness()).isEqualTo(1.0);
    }

    @Test
    void mergeLeavesTheBaseUntouched() throws Exception {
        AgentData base = AgentDataDefaults.defaults();
        merger.merge(base, json("{\"callSettings\": {\"ringDurationInSeconds\": 45}}"));
        assertThat(base.callSettings().ringDurationInSeconds()).isEqualTo(30);
    }

    @Test
    void enumerationsAndRangesNameTheirPaths() throws Exception {
        AgentData data = merger.merge(AgentDataDefaults.defaults(), json("{\"callSettings\": {\"backgroundMusic\": \"jazz\","
                + " \"ringDurationInSeconds\": -1}, \"stt\": {\"speed\": \"turbo\"},"
                + " \"prompt\": {\"pauseBeforeSpeakingSeconds\": 5.5}, \"webhookSettings\": {\"webhookVersion\": \"v3\"}}"));
        assertThat(invalidFields(data)).containsExactlyInAnyOrder("data.callSettings.backgroundMusic",
                "data.callSettings.ringDurationInSeconds", "data.stt.speed", "data.prompt.pauseBeforeSpeakingSeconds",
                "data.webhookSettings.webhookVersion");
    }

    /** Issue #18 item 8: rules vox does not document are not enforced. */
    @Test
    void onlyDocumentedRulesAreEnforced() throws Exception {
        AgentData data = merger.merge(AgentDataDefaults.defaults(), json("{\"llm\": {\"temperature\": 7,"
                + " \"thinkingBudget\": -1}, \"voice\": {\"speed\": 3, \"volume\": 9, \"temperature\": 5},"
                + " \"callSettings\": {\"ringDurationInSeconds\": 301, \"callTimeoutInSeconds\": 20000,"
                + " \"silenceCallTimeoutInSeconds\": 0, \"activationThreshold\": 1.5, \"dtmfTerminationKey\": \"A\","
                + " \"dtmfTimeoutSeconds\": 100, \"backgroundMusicVolume\": 2},"
                + " \"webhookSettings\": {\"callDataWebhookUrl\": \"ftp://x\"}, \"knowledge\": {\"knowledgeIds\": [0]},"
                + " \"stt\": {\"languages\": [\" \"]}, \"postCall\": {\"actions\": [{\"name\": \"a\", \"type\": \"enum\"},"
                + " {\"name\": \"a\", \"type\": \"string\"}]}, \"builtInTools\": [{\"toolType\": \"transfer_call\"}]}"));
        assertThat(invalidFields(data)).isEmpty();
    }

    @Test
    void nullIsRefusedWhereADefaultExistsAndAllowedForSttSpeed() throws Exception {
        AgentData data = merger.merge(AgentDataDefaults.defaults(), json("{\"callSettings\": {\"callTimeoutInSeconds\": null},"
                + " \"stt\": {\"speed\": null}, \"llm\": {\"model\": null}}"));
        assertThat(invalidFields(data)).containsExactly("data.callSettings.callTimeoutInSeconds");
    }

    @Test
    void builtInToolsAreCheckedByTheirKeysWhateverTheType() throws Exception {
        AgentData data = merger.merge(AgentDataDefaults.defaults(), json("{\"builtInTools\": ["
                + "{\"toolType\": \"teleport\"}, {\"toolType\": \"end_call\", \"responseMode\": \"later\"},"
                + " {\"toolType\": \"transfer_agent\", \"agent\": {\"agent_id\": \"nope\"}}, {\"name\": \"x\"},"
                + " {\"toolType\": \"send_sms\", \"imageFileKeys\": [\"a\", \"b\", \"c\", \"d\"]}]}"));
        assertThat(invalidFields(data)).containsExactly("data.builtInTools[0].toolType",
                "data.builtInTools[1].responseMode", "data.builtInTools[2].agent.agent_id",
                "data.builtInTools[3].toolType", "data.builtInTools[4].imageFileKeys");
    }

    @Test
    void postCallActionsNeedANameAndAType() throws Exception {
        AgentData data = merger.merge(AgentDataDefaults.defaults(), json("{\"postCall\": {\"actions\": ["
                + "{\"name\": \" \", \"type\": \"enum\"}, {\"name\": \"a\"}, {\"name\": \"b\", \"type\": \"date\"}]}}"));
        assertThat(invalidFields(data)).containsExactly("data.postCall.actions[0].name",
                "data.postCall.actions[1].type", "data.postCall.actions[2].type");
    }
}
