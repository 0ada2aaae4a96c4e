package io.voxcampaigns.dispatcher.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The OpenAPI description of one entry of a call's {@code transcript}: an object as the voice runtime reported it
 * (the dispatcher keeps the runtime's JSON unchanged, other keys included). Only documents the response.
 */
@Schema(name = "TranscriptEntry", additionalProperties = Schema.True.class,
        description = "one utterance, as the voice runtime reported it")
public record TranscriptEntry(@Schema(description = "agent or user") @JsonProperty("role") String role,
                              @JsonProperty("content") String content,
                              @Schema(description = "unix ms") @JsonProperty("start_at") Long startAt,
                              @Schema(description = "unix ms") @JsonProperty("end_at") Long endAt) {
}
