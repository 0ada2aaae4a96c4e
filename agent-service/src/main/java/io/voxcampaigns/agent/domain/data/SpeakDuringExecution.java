package io.voxcampaigns.agent.domain.data;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What a built-in tool says while it runs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpeakDuringExecution(@JsonProperty("enabled") Boolean enabled,
                                   @JsonProperty("messages") List<String> messages) {
}
