package io.voxcampaigns.agent.domain.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A natural-language transition out of a node. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Transition(@JsonProperty("id") String id,
                         @JsonProperty("condition") String condition,
                         @JsonProperty("isSkipUserResponse") Boolean isSkipUserResponse,
                         @JsonProperty("isFallback") Boolean isFallback,
                         @JsonProperty("isGlobalTransition") Boolean isGlobalTransition) {
}
