package io.voxcampaigns.agent.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.domain.data.AgentData;
import io.voxcampaigns.agent.domain.data.AgentDataRules;
import io.voxcampaigns.agent.domain.flow.FlowData;
import io.voxcampaigns.agent.service.AgentInput;

/**
 * Body of POST /v3/agents. {@code data} may be partial: missing values take the server defaults; {@code flow_data}
 * is required for a flow agent and refused for a single_prompt one.
 */
public record CreateAgentRequest(@Schema(required = true, minLength = 1, maxLength = AgentInput.MAX_NAME,
                                         pattern = AgentDataRules.NOT_BLANK_PATTERN)
                                 @JsonProperty("name") String name,
                                 @Schema(enumeration = {"single_prompt", "flow"}, defaultValue = "single_prompt")
                                 @JsonProperty("type") String type,
                                 @JsonProperty("data") AgentData data,
                                 @Schema(description = "required for a flow agent, refused for a single_prompt one")
                                 @JsonProperty("flow_data") FlowData flowData) {
}
