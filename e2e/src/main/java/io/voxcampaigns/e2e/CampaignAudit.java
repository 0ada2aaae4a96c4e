package io.voxcampaigns.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Judges a finished campaign by the placer's own record against what the public API shows: the cap, failed tasks
 * never dialled, tasks dialled twice, counters and per-task outcomes, every task terminal.
 */
public final class CampaignAudit {

    private static final Set<String> UNFINISHED = Set.of("queued", "in_progress");
    private static final int EXAMPLES = 5;

    private CampaignAudit() {
    }

    public static Verdict audit(String scenario, Campaigns campaigns, PlacerRecord record, String campaignId,
            int expectedTasks, int concurrency, String expectedStatus, List<String> problems) {
        return audit(scenario, campaigns, record, campaignId, expectedTasks, concurrency, 1, expectedStatus, problems);
    }

    /**
     * The same for a campaign whose tasks may have up to {@code maxAttempts} attempts (retry_policy with the default
     * reasons and the smallest spacing): no task dialled more often, a key never dialled twice, and where the record
     * has outcomes, a task called again only after a retryable outcome and no sooner than the spacing, and called
     * again after each retryable one until its last attempt.
     */
    public static Verdict audit(String scenario, Campaigns campaigns, PlacerRecord record, String campaignId,
            int expectedTasks, int concurrency, int maxAttempts, String expectedStatus, List<String> problems) {
        List<String> found = new ArrayList<>(problems);
        JsonNode campaign = campaigns.get(campaignId);
        List<JsonNode> tasks = campaigns.campaignApi().all("/v3/campaigns/" + campaignId + "/tasks");
        Map<String, List<String>> dials = record.dialsByTask();

        long unfinished = tasks.stream().filter(t -> UNFINISHED.contains(t.path("status").asText())).count();
        if (tasks.size() != expectedTasks || unfinished > 0) {
            found.add("lost tasks: " + tasks.size() + " of " + expectedTasks + " listed, " + unfinished
                    + " not terminal");
        }
        long overCap = Math.max(0, record.mostLive() - concurrency);
        if (overCap > 0) {
            found.add("the placer had " + record.mostLive() + " calls live at once, concurrency " + concurrency);
        }
        List<String> undialled = tasks.stream()
                .filter(t -> t.path("status").asText().equals("failed") && !dials.containsKey(id(t)))
                .map(CampaignAudit::id).toList();
        example(found, "failed but never dialled", undialled);
        List<String> dialledTwice = dials.entrySet().stream()
                .filter(e -> e.getValue().size() > maxAttempts || e.getValue().stream().distinct().count()
                        < e.getValue().size())
                .map(e -> e.getKey() + " x" + e.getValue().size()).toList();
        example(found, maxAttempts == 1 ? "dialled more than once"
                : "dialled more than " + maxAttempts + " times, or twice under one key", dialledTwice);
        if (maxAttempts > 1) {
            record.callsByTask().ifPresent(calls -> example(found, "called again against the retry policy",
                    againstPolicy(calls, maxAttempts)));
        }
        long doubled = dialledTwice.size() + record.keysDialledTwice();

        boolean countersOk = expectedStatus.equals(campaign.path("status").asText())
                && campaign.path("total_calls").asLong() == expectedTasks
                && campaign.path("active_concurrency").asLong() == 0 && unfinished == 0
                && tasks.size() == expectedTasks
                && (record.outcomes().isPresent() ? agreesWithOutcomes(campaign, tasks, record, expectedTasks, found)
                        : agreesWithRows(campaigns.reconciliation(campaignId)));
        if (!countersOk) {
            found.add("counters " + campaign.path("status").asText() + " " + campaign.path("total_calls") + "/"
                    + campaign.path("completed_calls") + "/" + campaign.path("failed_calls") + "/"
                    + campaign.path("active_concurrency") + " (status total/completed/failed/active), expected "
                    + expectedStatus + " with " + expectedTasks + " tasks"
                    + record.connected().map(c -> ", " + c + " connected at the runtime").orElse(""));
        }
        found.addAll(record.problems());
        return new Verdict(scenario, overCap, undialled.size(), doubled, countersOk, found);
    }

    /** Completed = the runtime's connected calls, failed = the rest, and each task's outcome is its last call's. */
    private static boolean agreesWithOutcomes(JsonNode campaign, List<JsonNode> tasks, PlacerRecord record,
            int expectedTasks, List<String> found) {
        Map<String, String> outcomes = record.outcomes().orElseThrow();
        List<String> differ = new ArrayList<>();
        for (JsonNode task : tasks) {
            String shown = task.path("last_outcome").asText(null) + "/"
                    + task.path("last_disconnection_reason").asText(null);
            String dialled = outcomes.get(id(task));
            boolean neverDialledAndCanceled = dialled == null && task.path("status").asText().equals("canceled");
            if (!neverDialledAndCanceled && !shown.equals(dialled)) {
                differ.add(id(task) + " shows " + shown + ", runtime " + (dialled == null ? "never dialled" : dialled));
            }
        }
        example(found, "outcome differs from the runtime's", differ);
        long completed = campaign.path("completed_calls").asLong();
        return differ.isEmpty() && completed == record.connected().orElseThrow()
                && campaign.path("failed_calls").asLong() == expectedTasks - completed;
    }

    /** Tasks whose calls break the policy: again after an outcome not retried, too soon, or not again when due. */
    private static List<String> againstPolicy(Map<String, List<PlacerRecord.Dial>> calls, int maxAttempts) {
        List<String> broken = new ArrayList<>();
        long spacing = Campaigns.SMALLEST_SPACING_SECONDS * 1000L;
        calls.forEach((task, dials) -> {
            for (int i = 0; i < dials.size(); i++) {
                PlacerRecord.Dial dial = dials.get(i);
                boolean retryable = retryable(dial.outcome());
                boolean last = i == dials.size() - 1;
                if (!last && !retryable) {
                    broken.add(task + " called again after " + dial.outcome());
                } else if (!last && dial.endedAt() != null
                        && dials.get(i + 1).createdAt() < dial.endedAt() + spacing) {
                    broken.add(task + " called again " + (dials.get(i + 1).createdAt() - dial.endedAt())
                            + " ms after " + dial.outcome());
                } else if (last && retryable && dials.size() < maxAttempts) {
                    broken.add(task + " not called again after " + dial.outcome() + " (attempt " + dials.size() + ")");
                }
            }
        });
        return broken;
    }

    /** Whether the default retry policy calls a task again after this outcome ({@code status/reason}). */
    private static boolean retryable(String outcome) {
        int slash = outcome.indexOf('/');
        return slash > 0 && !outcome.startsWith("ended/")
                && Campaigns.DEFAULT_RETRY_ON.contains(outcome.substring(slash + 1));
    }

    /** Without outcomes in the record: the counters equal the task rows (the simulated oracle). */
    private static boolean agreesWithRows(JsonNode reconciliation) {
        return reconciliation.path("consistent").asBoolean();
    }

    private static void example(List<String> found, String what, List<String> cases) {
        if (!cases.isEmpty()) {
            found.add(cases.size() + " task(s) " + what + ", e.g. " + cases.subList(0, Math.min(EXAMPLES, cases.size())));
        }
    }

    private static String id(JsonNode task) {
        return task.path("id").asText();
    }
}
