package io.voxcampaigns.agent.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.domain.data.AgentData;
import io.voxcampaigns.agent.domain.flow.FlowData;

/**
 * Body of POST /v3/agents. {@code data} may be partial: missing values take the server defaults; {@code flow_data}
 * is required for a flow agent and refused for a single_prompt one.
 */
public record CreateAgentRequest(@JsonProperty("name") String name,
                                 @JsonProperty("type") String type,
                                 @JsonProperty("data") AgentData data,
                                 @JsonProperty("flow_data") FlowData flowData) {
}
