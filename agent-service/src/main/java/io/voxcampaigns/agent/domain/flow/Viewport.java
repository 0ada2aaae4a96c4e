package io.voxcampaigns.agent.domain.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the flow editor was looking; {@code {}} is valid. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Viewport(@JsonProperty("x") Double x,
                       @JsonProperty("y") Double y,
                       @JsonProperty("zoom") Double zoom) {
}
