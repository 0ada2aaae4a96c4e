package io.voxcampaigns.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.domain.AgentVersionRequest;

/** The agent a campaign calls with: {@code {agent_id, agent_version}}, in requests and responses. */
@Schema(name = "AgentBody")
public record AgentBody(@JsonProperty("agent_id") @Schema(required = true, format = "uuid") String agentId,
                        @JsonProperty("agent_version")
                        @Schema(nullable = true, pattern = AgentVersionRequest.PATTERN,
                                defaultValue = AgentVersionRequest.CURRENT)
                        String agentVersion) {
}
