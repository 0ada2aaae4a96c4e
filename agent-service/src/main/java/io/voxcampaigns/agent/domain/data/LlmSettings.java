package io.voxcampaigns.agent.domain.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code data.llm}: the language model. */
public record LlmSettings(@JsonProperty("model") String model,
                          @JsonProperty("temperature") Double temperature,
                          @JsonProperty("thinkingBudget") Integer thinkingBudget,
                          @JsonProperty("reasoningEffort") String reasoningEffort) {
}
