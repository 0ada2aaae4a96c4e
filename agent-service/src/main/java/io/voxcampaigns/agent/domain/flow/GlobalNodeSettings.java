package io.voxcampaigns.agent.domain.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Makes a node reachable from anywhere in the call when its transition condition holds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GlobalNodeSettings(@JsonProperty("isGlobalNode") Boolean isGlobalNode,
                                 @JsonProperty("transitionCondition") String transitionCondition) {
}
