package io.voxcampaigns.campaign.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The agent a campaign calls with: {@code {agent_id, agent_version}}, in requests and responses. */
public record AgentBody(@JsonProperty("agent_id") String agentId,
                        @JsonProperty("agent_version") String agentVersion) {
}
