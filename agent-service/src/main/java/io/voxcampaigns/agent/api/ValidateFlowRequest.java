package io.voxcampaigns.agent.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.domain.flow.FlowData;

/** Body of POST /v3/agents/validate-flow: the graph to check, in the same shape as {@code flow_data}. */
public record ValidateFlowRequest(@JsonProperty("flow") FlowData flow) {
}
