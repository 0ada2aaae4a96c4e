package io.voxcampaigns.agent.domain.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One node of the graph; {@code type} is one of {@link NodeTypes}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlowNode(@JsonProperty("id") String id,
                       @JsonProperty("type") String type,
                       @JsonProperty("position") Position position,
                       @JsonProperty("data") FlowNodeData data,
                       @JsonProperty("measured") Measured measured) {
}
