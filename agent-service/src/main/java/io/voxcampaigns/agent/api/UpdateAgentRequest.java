package io.voxcampaigns.agent.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.domain.data.AgentData;
import io.voxcampaigns.agent.domain.data.AgentDataRules;
import io.voxcampaigns.agent.domain.flow.FlowData;
import io.voxcampaigns.agent.service.AgentInput;

/**
 * Body of PATCH /v3/agents/{id}: omitted fields are kept; {@code data} sections are merged one level deep;
 * {@code flow_data} replaces the whole graph. {@code type} is modelled only so that sending it is a clear 400 (and is
 * therefore not in the OpenAPI document: no request may carry it).
 */
@Schema(minProperties = 1)
public record UpdateAgentRequest(@Schema(minLength = 1, maxLength = AgentInput.MAX_NAME,
                                         pattern = AgentDataRules.NOT_BLANK_PATTERN)
                                 @JsonProperty("name") String name,
                                 @Schema(hidden = true) @JsonProperty("type") String type,
                                 @JsonProperty("data") AgentData data,
                                 @Schema(description = "flow agents only; replaces the whole graph")
                                 @JsonProperty("flow_data") FlowData flowData) {
}
