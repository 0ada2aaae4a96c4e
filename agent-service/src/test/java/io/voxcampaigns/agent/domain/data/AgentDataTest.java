package io.voxcampaigns.agent.domain.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

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

    private static List<String> invalidFields(AgentData data, Set<String> sent) {
        ValidationErrors errors = new ValidationErrors();
        AgentDataValidator.validate(data, sent, errors);
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
        assertThat(invalidFields(AgentDataDefaults.defaults(), Set.of())).isEmpty();
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
                + " \"activationThreshold\": 1.5, \"dtmfTerminationKey\": \"A\"}, \"stt\": {\"speed\": \"turbo\"},"
                + " \"webhookSettings\": {\"webhookVersion\": \"v3\", \"callDataWebhookUrl\": \"ftp://x\"}}"));
        assertThat(invalidFields(data, Set.of())).containsExactlyInAnyOrder(
                "data.callSettings.backgroundMusic", "data.callSettings.activationThreshold",
                "data.callSettings.dtmfTerminationKey", "data.stt.speed", "data.webhookSettings.webhookVersion",
                "data.webhookSettings.callDataWebhookUrl");
    }

    @Test
    void sentVoiceNeedsIdAndProvider() throws Exception {
        AgentData data = merger.merge(AgentDataDefaults.defaults(), json("{\"voice\": {\"speed\": 1.2}}"));
        assertThat(invalidFields(data, Set.of("voice"))).containsExactlyInAnyOrder("data.voice.id", "data.voice.provider");
        assertThat(invalidFields(data, Set.of())).isEmpty();
    }

    @Test
    void builtInToolsAreCheckedByType() throws Exception {
        AgentData data = merger.merge(AgentDataDefaults.defaults(), json("{\"builtInTools\": ["
                + "{\"toolType\": \"teleport\"}, {\"toolType\": \"transfer_call\"},"
                + " {\"toolType\": \"transfer_agent\", \"agent\": {\"agent_id\": \"nope\"}}]}"));
        assertThat(invalidFields(data, Set.of())).containsExactly("data.builtInTools[0].toolType",
                "data.builtInTools[1].transferConfigurations", "data.builtInTools[2].agent.agent_id");
    }

    @Test
    void postCallActionsNeedUniqueNamesAndEnumOptions() throws Exception {
        AgentData data = merger.merge(AgentDataDefaults.defaults(), json("{\"postCall\": {\"actions\": ["
                + "{\"name\": \"a\", \"type\": \"enum\"}, {\"name\": \"a\", \"type\": \"string\"}]}}"));
        assertThat(invalidFields(data, Set.of())).containsExactly("data.postCall.actions[0].enumOptions",
                "data.postCall.actions[1].name");
    }
}
