package io.voxcampaigns.agent.domain.flow;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The settings of one node, including its outgoing transitions (edges attach to them by sourceHandle). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlowNodeData(@JsonProperty("name") String name,
                           @JsonProperty("promptType") String promptType,
                           @JsonProperty("prompt") String prompt,
                           @JsonProperty("staticSentence") String staticSentence,
                           @JsonProperty("loopCondition") String loopCondition,
                           @JsonProperty("isAllowInterruption") Boolean isAllowInterruption,
                           @JsonProperty("isSkipUserResponse") Boolean isSkipUserResponse,
                           @JsonProperty("globalNodeSettings") GlobalNodeSettings globalNodeSettings,
                           @JsonProperty("transitions") List<Transition> transitions,
                           @JsonProperty("logicalTransitions") List<LogicalTransition> logicalTransitions,
                           @JsonProperty("fineTuningExamples") List<Map<String, Object>> fineTuningExamples,
                           @JsonProperty("firstLineType") String firstLineType,
                           @JsonProperty("pauseBeforeSpeakingSeconds") Double pauseBeforeSpeakingSeconds) {

    public List<Transition> transitionsOrEmpty() {
        return transitions == null ? List.of() : transitions;
    }

    public List<LogicalTransition> logicalTransitionsOrEmpty() {
        return logicalTransitions == null ? List.of() : logicalTransitions;
    }

    public boolean isGlobal() {
        return globalNodeSettings != null && Boolean.TRUE.equals(globalNodeSettings.isGlobalNode());
    }
}
