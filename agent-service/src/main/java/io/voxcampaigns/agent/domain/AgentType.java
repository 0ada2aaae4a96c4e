package io.voxcampaigns.agent.domain;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kind of agent: one prompt, or a flow graph of nodes. */
public enum AgentType {
    @JsonProperty("single_prompt")
    SINGLE_PROMPT("single_prompt"),
    @JsonProperty("flow")
    FLOW("flow");

    private final String value;

    AgentType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** Every API value, in declaration order. */
    public static List<String> apiValues() {
        return Arrays.stream(values()).map(AgentType::value).toList();
    }

    /** The type for an API value, or null when there is none. */
    public static AgentType fromValue(String value) {
        for (AgentType type : values()) {
            if (type.value.equals(value)) {
                return type;
            }
        }
        return null;
    }
}
