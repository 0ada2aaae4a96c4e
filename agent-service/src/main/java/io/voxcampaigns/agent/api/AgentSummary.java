package io.voxcampaigns.agent.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.persistence.Agent;

/** An agent in a list. */
public record AgentSummary(@JsonProperty("agent_id") String agentId,
                           @JsonProperty("name") String name,
                           @JsonProperty("type") String type,
                           @JsonProperty("created_at") long createdAt,
                           @JsonProperty("updated_at") long updatedAt,
                           @Schema(nullable = true) @JsonProperty("production_version") String productionVersion) {

    static AgentSummary of(Agent agent) {
        return new AgentSummary(agent.id.toString(), agent.name, agent.type.value(), agent.createdAt.toEpochMilli(),
                agent.updatedAt.toEpochMilli(), agent.productionVersion);
    }
}
