package io.voxcampaigns.agent.domain.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A node's place on the editor canvas. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Position(@JsonProperty("x") Double x, @JsonProperty("y") Double y) {
}
