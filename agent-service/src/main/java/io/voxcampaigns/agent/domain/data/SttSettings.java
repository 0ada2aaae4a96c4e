package io.voxcampaigns.agent.domain.data;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code data.stt}: speech recognition. */
public record SttSettings(@JsonProperty("languages") List<String> languages,
                          @JsonProperty("speed") String speed) {
}
