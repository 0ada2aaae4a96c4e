package io.voxcampaigns.campaign.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.service.TaskAppending;

/**
 * The answer of an append: how many tasks were added, the tasks skipped because the campaign already has their
 * external_id (with the existing task's id), and the campaign after it (with its suppressed_tasks).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AppendTasksResponse(@JsonProperty("added_count") int addedCount,
                                  @JsonProperty("skipped_count") int skippedCount,
                                  @JsonProperty("skipped") List<SkippedTask> skipped,
                                  @JsonProperty("campaign") CampaignResponse campaign) {

    /** A task of the request not added: {@code index} is its position in the request's tasks. */
    public record SkippedTask(@JsonProperty("index") int index,
                              @JsonProperty("external_id") String externalId,
                              @JsonProperty("task_id") String taskId) {
    }

    static AppendTasksResponse of(TaskAppending.Appended appended, CampaignResponse campaign) {
        List<SkippedTask> skipped = appended.skipped().stream()
                .map(task -> new SkippedTask(task.index(), task.externalId(), task.taskId().toString()))
                .toList();
        return new AppendTasksResponse(appended.added(), skipped.size(), skipped,
                campaign.withSuppressedTasks(appended.suppressedTasks()));
    }
}
