package io.voxcampaigns.agent.domain.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code data.prompt}: what the agent says and how the call opens. */
public record PromptSettings(@JsonProperty("prompt") String prompt,
                             @JsonProperty("firstLine") String firstLine,
                             @JsonProperty("firstLineType") String firstLineType,
                             @JsonProperty("pauseBeforeSpeakingSeconds") Double pauseBeforeSpeakingSeconds,
                             @JsonProperty("isFirstMessageInterruptible") Boolean isFirstMessageInterruptible) {
}
