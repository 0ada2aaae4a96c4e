package io.voxcampaigns.agent.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.domain.flow.FlowData;

/**
 * Body of POST /v3/agents/validate-flow: the graph to check, in vox's public flow format (edges with
 * {@code condition}, snake_case node keys) or in the stored {@code flow_data} form; both are one model.
 */
public record ValidateFlowRequest(@Schema(required = true) @JsonProperty("flow") FlowData flow) {
}
