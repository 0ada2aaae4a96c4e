package io.voxcampaigns.agent.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.persistence.Agent;

/** An agent as the API shows it. */
public record AgentResponse(@JsonProperty("agent_id") String agentId,
                            @JsonProperty("name") String name,
                            @JsonProperty("type") String type,
                            @JsonProperty("created_at") long createdAt,
                            @JsonProperty("updated_at") long updatedAt) {

    static AgentResponse of(Agent agent) {
        return new AgentResponse(agent.id.toString(), agent.name, agent.type.value(),
                agent.createdAt.toEpochMilli(), agent.updatedAt.toEpochMilli());
    }
}
