package io.voxcampaigns.agent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to a publish: the new production label and the one it replaced (null when none was). */
public record PublishResponse(@JsonProperty("agent_id") String agentId,
                              @JsonProperty("production_version") String productionVersion,
                              @JsonProperty("previous_production_version") @JsonInclude(JsonInclude.Include.ALWAYS)
                              String previousProductionVersion) {
}
