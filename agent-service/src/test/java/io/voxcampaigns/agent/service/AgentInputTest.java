package io.voxcampaigns.agent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import io.voxcampaigns.agent.domain.AgentType;
import io.voxcampaigns.agent.domain.data.AgentDataDefaults;
import io.voxcampaigns.agent.domain.flow.FlowData;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.FieldError;

/** The create and PATCH rules, without Quarkus: each invalid request is one 400 naming every invalid field. */
class AgentInputTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final FlowData EMPTY_GRAPH = new FlowData(List.of(), List.of(), null);

    private final AgentInput input = new AgentInput(MAPPER);

    @Test
    void aCreateCompletesItsDataWithTheDefaults() throws Exception {
        AgentInput.NewAgent valid = input.validCreate(new AgentDraft("Reminder", null,
                json("{\"callSettings\": {\"ringDurationInSeconds\": 45}}"), null));

        assertThat(valid.type()).isEqualTo(AgentType.SINGLE_PROMPT);
        assertThat(valid.data().callSettings().ringDurationInSeconds()).isEqualTo(45);
        assertThat(valid.data().prompt()).isEqualTo(AgentDataDefaults.defaults().prompt());
        assertThat(valid.validationMessage()).isEmpty();
    }

    @Test
    void aCreateNamesEveryInvalidField() {
        assertThat(invalidFields(() -> input.validCreate(new AgentDraft(" ", "robot", null, null))))
                .containsExactlyInAnyOrder("name", "type");
        assertThat(invalidFields(() -> input.validCreate(new AgentDraft("Flow", "flow", null, null))))
                .containsExactly("flow_data");
        assertThat(invalidFields(() -> input.validCreate(new AgentDraft("Prompt", "single_prompt", null, EMPTY_GRAPH))))
                .containsExactly("flow_data");
    }

    @Test
    void aPatchMustChangeSomethingAndKeepTheType() {
        assertThat(invalidFields(() -> AgentInput.checkUpdateShape(changes(Set.of(), null, null, null))))
                .containsExactly("$");
        assertThat(invalidFields(() -> AgentInput.checkUpdateShape(
                changes(Set.of("type", "name", "data"), null, NullNode.getInstance(), null))))
                .containsExactlyInAnyOrder("type", "name", "data");
    }

    @Test
    void aPatchMergesItsDataOntoTheCurrentData() throws Exception {
        AgentInput.ValidUpdate valid = input.validUpdate(AgentType.SINGLE_PROMPT, AgentDataDefaults.defaults(),
                changes(Set.of("data"), null, json("{\"callSettings\": {\"callTimeoutInSeconds\": 600}}"), null));

        assertThat(valid.data().callSettings().callTimeoutInSeconds()).isEqualTo(600);
        assertThat(valid.data().callSettings().ringDurationInSeconds()).isEqualTo(30);
        assertThat(valid.flowReport()).as("no graph was sent").isNull();
    }

    @Test
    void onlyAFlowAgentTakesAGraph() {
        assertThat(invalidFields(() -> input.validUpdate(AgentType.SINGLE_PROMPT, AgentDataDefaults.defaults(),
                changes(Set.of("flow_data"), null, null, EMPTY_GRAPH)))).containsExactly("flow_data");
        assertThat(invalidFields(() -> input.validUpdate(AgentType.FLOW, AgentDataDefaults.defaults(),
                changes(Set.of("flow_data"), null, null, null)))).containsExactly("flow_data");
    }

    private static AgentChanges changes(Set<String> sent, String name, JsonNode data, FlowData flow) {
        return new AgentChanges(sent, name, data, flow);
    }

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @SuppressWarnings("unchecked")
    private static List<String> invalidFields(ThrowingCallable call) {
        List<String> fields = new ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e ->
                ((List<FieldError>) e.details().get("errors")).forEach(error -> fields.add(error.field())));
        return fields;
    }
}
