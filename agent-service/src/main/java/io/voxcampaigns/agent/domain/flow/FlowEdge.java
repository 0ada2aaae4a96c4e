package io.voxcampaigns.agent.domain.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A directed edge. In the stored form {@code sourceHandle} is the id of the source node's transition it belongs to;
 * in vox's public form the edge carries its own {@code condition} and {@code skip_user_response}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlowEdge(@JsonProperty("id") String id,
                       @JsonProperty("source") String source,
                       @JsonProperty("target") String target,
                       @JsonProperty("type") String type,
                       @JsonProperty("sourceHandle") String sourceHandle,
                       @JsonProperty("targetHandle") String targetHandle,
                       @JsonProperty("animated") Boolean animated,
                       @JsonProperty("selected") Boolean selected,
                       @JsonProperty("skip_user_response") Boolean skipUserResponse,
                       @JsonProperty("condition") EdgeCondition condition) {
}
