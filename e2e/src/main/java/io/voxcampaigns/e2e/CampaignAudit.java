package io.voxcampaigns.e2e;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a finished campaign through the public API and the placer's attempt log: every task terminal and none
 * missing, no attempt placed twice, counters equal to the task rows, the concurrency cap held.
 */
public final class CampaignAudit {

    private CampaignAudit() {
    }

    public static Verdict audit(String scenario, Campaigns campaigns, AttemptLog attempts, String campaignId,
            int expectedTasks, int concurrency, String expectedStatus, List<String> problems) {
        List<String> found = new ArrayList<>(problems);
        JsonNode campaign = campaigns.get(campaignId);
        JsonNode reconciliation = campaigns.reconciliation(campaignId);
        JsonNode byStatus = reconciliation.path("tasks_by_status");
        long completed = byStatus.path("completed").asLong();
        long failed = byStatus.path("failed").asLong();
        long canceled = byStatus.path("canceled").asLong();
        long terminal = completed + failed + canceled;
        long rows = terminal + byStatus.path("queued").asLong() + byStatus.path("in_progress").asLong();
        // a task is lost when it is missing or never reached a terminal status
        long lost = Math.max(0, expectedTasks - terminal);
        if (rows != expectedTasks) {
            found.add("task rows " + rows + " != created " + expectedTasks);
        }
        boolean countersOk = reconciliation.path("consistent").asBoolean()
                && campaign.path("total_calls").asLong() == expectedTasks
                && campaign.path("completed_calls").asLong() == completed
                && campaign.path("failed_calls").asLong() == failed + canceled
                && campaign.path("active_concurrency").asLong() == 0
                && Campaigns.finishedCalls(campaign) == campaign.path("total_calls").asInt();
        if (!countersOk) {
            found.add("counters " + campaign.path("total_calls") + "/" + campaign.path("completed_calls") + "/"
                    + campaign.path("failed_calls") + "/" + campaign.path("active_concurrency")
                    + " (total/completed/failed/active) vs tasks " + byStatus + ", reconciliation consistent="
                    + reconciliation.path("consistent"));
        }
        if (!expectedStatus.equals(campaign.path("status").asText())) {
            found.add("status " + campaign.path("status").asText() + ", expected " + expectedStatus);
        }
        int overlap = attempts.maxOverlap(campaignId);
        if (overlap > concurrency) {
            found.add("the placer had " + overlap + " calls at once, above concurrency " + concurrency);
        }
        long duplicates = attempts.duplicateAttempts(campaignId).size();
        return new Verdict(scenario, lost, duplicates, countersOk, found);
    }
}
