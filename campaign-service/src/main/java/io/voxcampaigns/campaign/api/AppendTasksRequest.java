package io.voxcampaigns.campaign.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** POST /v3/campaigns/{id}/tasks: recipients to append, with the rules of a create request's tasks. */
@Schema(name = "AppendTasksRequest")
public record AppendTasksRequest(
        @JsonProperty("tasks")
        @Schema(required = true, minItems = 1, maxItems = CampaignRequestValidation.MAX_TASKS)
        List<TaskBody> tasks) {
}
