package io.voxcampaigns.agent.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.service.AgentVersionService;

/** Optional body of POST /v3/agents/{id}/versions. */
public record CreateVersionRequest(@Schema(maxLength = AgentVersionService.MAX_DESCRIPTION, nullable = true,
                                           description = "null or omitted: no description")
                                   @JsonProperty("description") String description) {
}
