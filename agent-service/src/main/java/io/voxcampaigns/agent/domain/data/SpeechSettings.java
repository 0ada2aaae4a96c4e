package io.voxcampaigns.agent.domain.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code data.speech}: turn taking. */
public record SpeechSettings(@JsonProperty("responsiveness") Double responsiveness,
                             @JsonProperty("boostedKeywords") String boostedKeywords,
                             @JsonProperty("isAllowInterruption") Boolean isAllowInterruption,
                             @JsonProperty("isAllowTurnDetection") Boolean isAllowTurnDetection) {
}
