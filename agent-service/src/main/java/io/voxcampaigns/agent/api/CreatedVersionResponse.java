package io.voxcampaigns.agent.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.persistence.AgentVersion;

/** The answer to POST /v3/agents/{id}/versions. */
public record CreatedVersionResponse(@JsonProperty("version") String version,
                                     @JsonProperty("agent_id") String agentId,
                                     @JsonProperty("created_at") long createdAt,
                                     @Schema(nullable = true) @JsonProperty("description") String description) {

    static CreatedVersionResponse of(AgentVersion version) {
        return new CreatedVersionResponse(version.label, version.agentId.toString(), version.createdAt.toEpochMilli(),
                version.description);
    }
}
