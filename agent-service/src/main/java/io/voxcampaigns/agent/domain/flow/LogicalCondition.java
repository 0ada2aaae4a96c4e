package io.voxcampaigns.agent.domain.flow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Variable conditions joined by {@code and} or {@code or}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogicalCondition(@JsonProperty("conditions") List<ConditionClause> conditions,
                               @JsonProperty("logicalOperator") String logicalOperator) {
}
