package io.voxcampaigns.agent.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to a publish: the new production label and the one it replaced (null when none was). */
public record PublishResponse(@JsonProperty("agent_id") String agentId,
                              @JsonProperty("production_version") String productionVersion,
                              @Schema(nullable = true) @JsonProperty("previous_production_version") @JsonInclude(JsonInclude.Include.ALWAYS)
                              String previousProductionVersion) {
}
