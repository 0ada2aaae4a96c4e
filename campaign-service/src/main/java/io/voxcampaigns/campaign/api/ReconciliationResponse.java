package io.voxcampaigns.campaign.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.domain.CallCounters;
import io.voxcampaigns.campaign.domain.TaskStatus;
import io.voxcampaigns.campaign.persistence.Campaign;

/**
 * GET /v3/campaigns/{id}/reconciliation: the stored counters next to the same counters recomputed from the task
 * rows; {@code consistent} is false exactly when they differ (which would be a bug).
 */
public record ReconciliationResponse(@JsonProperty("campaign_id") String campaignId,
                                     @JsonProperty("consistent") boolean consistent,
                                     @JsonProperty("stored") Counters stored,
                                     @JsonProperty("recomputed") Counters recomputed,
                                     @JsonProperty("tasks_by_status") Map<String, Long> tasksByStatus) {

    /** The four counters of a campaign response. */
    public record Counters(@JsonProperty("total_calls") long totalCalls,
                           @JsonProperty("completed_calls") long completedCalls,
                           @JsonProperty("failed_calls") long failedCalls,
                           @JsonProperty("active_concurrency") long activeConcurrency) {
    }

    static ReconciliationResponse of(Campaign campaign, Map<TaskStatus, Long> tasksByStatus) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        CallCounters sum = CallCounters.ZERO;
        long total = 0;
        for (TaskStatus status : TaskStatus.values()) {
            long count = tasksByStatus.getOrDefault(status, 0L);
            byStatus.put(status.value(), count);
            sum = sum.plus(CallCounters.of(status, count));
            total += count;
        }
        Counters stored = new Counters(campaign.totalCalls, campaign.completedCalls, campaign.failedCalls,
                campaign.activeConcurrency);
        Counters recomputed = new Counters(total, sum.completed(), sum.failed(), sum.active());
        return new ReconciliationResponse(campaign.id.toString(), stored.equals(recomputed), stored, recomputed,
                byStatus);
    }
}
