package io.voxcampaigns.agent.domain.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A transition taken when variable conditions hold. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogicalTransition(@JsonProperty("id") String id,
                                @JsonProperty("condition") LogicalCondition condition,
                                @JsonProperty("isSkipUserResponse") Boolean isSkipUserResponse,
                                @JsonProperty("isGlobalTransition") Boolean isGlobalTransition) {
}
