package io.voxcampaigns.agent.domain.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A node's rendered size, as the vox editor stores it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measured(@JsonProperty("width") Double width, @JsonProperty("height") Double height) {
}
