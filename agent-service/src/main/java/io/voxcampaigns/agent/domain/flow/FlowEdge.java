package io.voxcampaigns.agent.domain.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A directed edge; {@code sourceHandle} is the id of the source node's transition it belongs to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlowEdge(@JsonProperty("id") String id,
                       @JsonProperty("source") String source,
                       @JsonProperty("target") String target,
                       @JsonProperty("type") String type,
                       @JsonProperty("sourceHandle") String sourceHandle,
                       @JsonProperty("targetHandle") String targetHandle,
                       @JsonProperty("animated") Boolean animated,
                       @JsonProperty("selected") Boolean selected) {
}
