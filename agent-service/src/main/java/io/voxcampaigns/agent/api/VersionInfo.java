package io.voxcampaigns.agent.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentVersion;

/** One snapshot as the API shows it. */
public record VersionInfo(@JsonProperty("version") String version,
                          @JsonProperty("is_production") boolean isProduction,
                          @JsonProperty("created_at") long createdAt,
                          @Schema(nullable = true) @JsonProperty("description") String description) {

    static VersionInfo of(AgentVersion version, Agent agent) {
        return new VersionInfo(version.label, version.label.equals(agent.productionVersion),
                version.createdAt.toEpochMilli(), version.description);
    }
}
