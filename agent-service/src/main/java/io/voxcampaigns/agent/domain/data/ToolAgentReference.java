package io.voxcampaigns.agent.domain.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The agent a transfer_agent tool hands the call to (snake_case, as in the vox registry). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolAgentReference(@JsonProperty("agent_id") String agentId,
                                 @JsonProperty("agent_version") String agentVersion) {
}
