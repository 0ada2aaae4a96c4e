package io.voxcampaigns.agent.domain.flow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A flow agent's graph ({@code flow_data}): nodes, edges and the editor viewport (camelCase inside). */
public record FlowData(@JsonProperty("nodes") List<FlowNode> nodes,
                       @JsonProperty("edges") List<FlowEdge> edges,
                       @JsonProperty("viewport") Viewport viewport) {

    public List<FlowNode> nodesOrEmpty() {
        return nodes == null ? List.of() : nodes;
    }

    public List<FlowEdge> edgesOrEmpty() {
        return edges == null ? List.of() : edges;
    }
}
