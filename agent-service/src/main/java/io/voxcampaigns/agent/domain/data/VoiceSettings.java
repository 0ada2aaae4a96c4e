package io.voxcampaigns.agent.domain.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code data.voice}: the synthetic voice. */
public record VoiceSettings(@JsonProperty("id") String id,
                            @JsonProperty("provider") String provider,
                            @JsonProperty("model") String model,
                            @JsonProperty("speed") Double speed,
                            @JsonProperty("volume") Double volume,
                            @JsonProperty("language") String language,
                            @JsonProperty("temperature") Double temperature) {
}
