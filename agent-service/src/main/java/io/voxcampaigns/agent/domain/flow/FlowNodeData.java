package io.voxcampaigns.agent.domain.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The settings of one node, including its outgoing transitions (edges attach to them by sourceHandle). The keys the
 * validator reads are typed, in the stored camelCase form and vox's public snake_case form; every other key (the
 * node-type-specific ones, such as an api node's configuration) is kept as sent in {@code otherKeys}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlowNodeData(@JsonProperty("name") String name,
                           @JsonProperty("promptType") String promptType,
                           @JsonProperty("prompt") String prompt,
                           @JsonProperty("staticSentence") String staticSentence,
                           @JsonProperty("loopCondition") String loopCondition,
                           @JsonProperty("isAllowInterruption") Boolean isAllowInterruption,
                           @JsonProperty("isSkipUserResponse") Boolean isSkipUserResponse,
                           @JsonProperty("globalNodeSettings") GlobalNodeSettings globalNodeSettings,
                           @JsonProperty("global_node_setting") GlobalNodeSetting globalNodeSetting,
                           @JsonProperty("transitions") List<Transition> transitions,
                           @JsonProperty("logicalTransitions") List<LogicalTransition> logicalTransitions,
                           @JsonProperty("fineTuningExamples") List<Map<String, Object>> fineTuningExamples,
                           @JsonProperty("firstLineType") String firstLineType,
                           @JsonProperty("pauseBeforeSpeakingSeconds") Double pauseBeforeSpeakingSeconds,
                           @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> otherKeys) {

    /** The JSON name of {@link #otherKeys()}'s component, which is not a key of its own. */
    public static final String OTHER_KEYS = "otherKeys";

    public FlowNodeData {
        otherKeys = otherKeys == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(otherKeys));
    }

    public List<Transition> transitionsOrEmpty() {
        return transitions == null ? List.of() : transitions;
    }

    public List<LogicalTransition> logicalTransitionsOrEmpty() {
        return logicalTransitions == null ? List.of() : logicalTransitions;
    }

    /** Whether the node can be entered from anywhere: {@code globalNodeSettings.isGlobalNode} or a global_node_setting. */
    public boolean enteredFromAnywhere() {
        return globalNodeSetting != null
                || (globalNodeSettings != null && Boolean.TRUE.equals(globalNodeSettings.isGlobalNode()));
    }

    /** The condition that enters a global node, in whichever form was sent. */
    public String globalCondition() {
        return globalNodeSetting != null ? globalNodeSetting.condition() : globalNodeSettings.transitionCondition();
    }
}
