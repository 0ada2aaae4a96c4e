package io.voxcampaigns.campaign.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * POST /v3/campaigns/{id}/tasks/{task_id}/callback: the task and when its attempt may start, the requested time moved
 * into the calling window (unix ms); the dispatcher queues it again moments later.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CallbackResponse(@JsonProperty("campaign_id") String campaignId,
                               @JsonProperty("task_id") String taskId,
                               @JsonProperty("due_at") long dueAt) {
}
