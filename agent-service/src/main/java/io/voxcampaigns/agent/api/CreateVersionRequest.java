package io.voxcampaigns.agent.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Optional body of POST /v3/agents/{id}/versions. */
public record CreateVersionRequest(@JsonProperty("description") String description) {
}
