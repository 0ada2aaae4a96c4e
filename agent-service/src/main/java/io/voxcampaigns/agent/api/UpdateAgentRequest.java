package io.voxcampaigns.agent.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.domain.data.AgentData;
import io.voxcampaigns.agent.domain.flow.FlowData;

/**
 * Body of PATCH /v3/agents/{id}: omitted fields are kept; {@code data} sections are merged one level deep;
 * {@code flow_data} replaces the whole graph. {@code type} is modelled only so that sending it is a clear 400.
 */
public record UpdateAgentRequest(@JsonProperty("name") String name,
                                 @JsonProperty("type") String type,
                                 @JsonProperty("data") AgentData data,
                                 @JsonProperty("flow_data") FlowData flowData) {
}
