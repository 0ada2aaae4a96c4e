package io.voxcampaigns.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.domain.Timestamps;

/** POST /v3/campaigns/{id}/tasks/{task_id}/callback: when to call the task once more. */
@Schema(name = "CallbackRequest")
public record CallbackRequest(
        @JsonProperty("at")
        @Schema(required = true, minimum = "" + Timestamps.SMALLEST_SECONDS, maximum = "" + Timestamps.LARGEST_MILLIS,
                description = "unix ms (10-11 digits are read as seconds); a time that has passed means now; "
                        + "moved to the next opening of the calling window")
        Long at) {
}
