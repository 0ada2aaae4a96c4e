package io.voxcampaigns.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The cost of retries: 10 campaigns x 5,000 tasks, concurrency 100 each, with a retry policy (two attempts, the
 * smallest spacing, every reason of a call not connected but a decline) on the bench stack's outcome mix, which makes
 * half of the first attempts retried. The first attempts dial together from a common scheduled moment; once they all
 * ended the campaigns are paused until every retry is due, then resumed at once, so the retries too dial as fast as
 * the dispatcher claims them. Figures from call.events: starts/s over the busiest 10 s of first attempts, and of
 * the retries (claimed from the waiting backlog by due time), side by side.
 */
final class RetryDispatch {

    static final int CAMPAIGNS = 10;
    static final int TASKS = 5_000;
    static final int CONCURRENCY = 100;
    private static final int SPACING_SECONDS = 60;
    private static final long SCHEDULE_AFTER_MS = 45_000;
    private static final Map<String, Object> POLICY = Map.of("max_attempts", 2,
            "retry_on", List.of("dial_no_answer", "dial_busy", "voicemail_reached", "dial_failed", "error_voxai"),
            "spacing", Map.of("type", "fixed", "initial_seconds", SPACING_SECONDS));

    private final BenchCampaigns campaigns;
    private final Report report;

    RetryDispatch(BenchCampaigns campaigns, Report report) {
        this.campaigns = campaigns;
        this.report = report;
    }

    void measure() throws Exception {
        long scheduledAt = System.currentTimeMillis() + SCHEDULE_AFTER_MS;
        byte[] body = campaigns.scheduledBody(TASKS, CONCURRENCY, scheduledAt, POLICY);
        List<String> ids = new ArrayList<>();
        try (CallEventsTap tap = new CallEventsTap(Bench.KAFKA)) {
            for (int i = 0; i < CAMPAIGNS; i++) {
                ids.add(campaigns.create(body));
            }
            await(() -> count(tap, ids, e -> !e.started() && e.attempt() == 1) >= (long) CAMPAIGNS * TASKS,
                    Duration.ofMinutes(5), "the first attempts did not all end");
            for (String id : ids) {
                campaigns.api().pause(id);
            }
            long lastFirstEnd = ids.stream().flatMap(id -> tap.events(id).stream())
                    .filter(e -> !e.started() && e.attempt() == 1).mapToLong(CallEventsTap.Event::occurredAt).max()
                    .orElseThrow();
            long retried = count(tap, ids, CallEventsTap.Event::retried);
            // every retry due (its first attempt ended + the spacing), plus a margin for the dispatcher's clock
            Thread.sleep(Math.max(0, lastFirstEnd + SPACING_SECONDS * 1000L + 5_000 - System.currentTimeMillis()));
            long resumedAt = System.currentTimeMillis();
            for (String id : ids) {
                campaigns.api().resume(id);
            }
            await(() -> count(tap, ids, e -> e.started() && e.attempt() == 2) >= retried, Duration.ofMinutes(5),
                    "the retries did not all start");
            tap.awaitQuiet(Duration.ofSeconds(5), Duration.ofMinutes(3));
            figures(tap, ids, resumedAt, retried);
        }
    }

    private void figures(CallEventsTap tap, List<String> ids, long resumedAt, long retried) {
        List<Long> first = starts(tap, ids, 1, 0);
        List<Long> again = starts(tap, ids, 2, resumedAt);
        long firstBest = SaturatedFigures.busiestWindow(first);
        long againBest = SaturatedFigures.busiestWindow(again);
        double firstRate = firstBest / 10.0;
        double againRate = againBest / 10.0;
        report.info("call starts/s, first attempts with a retry policy (10 campaigns x 100 slots, zero durations)",
                String.format(Locale.ROOT, "%,.0f/s over the busiest 10 s (%,d first attempts, %,d of them retried: "
                        + "%.0f %%)", firstRate, first.size(), retried, 100.0 * retried / first.size()));
        report.info("call starts/s, their retries (all due at once, claimed from the waiting backlog)",
                String.format(Locale.ROOT, "%,.0f/s over the busiest 10 s (%,d retries started after the resume): "
                        + "%.2f x the first attempts' rate", againRate, again.size(), againRate / firstRate));
    }

    /** The CallStarted times of attempt {@code attempt}, at or after {@code from}, in order. */
    private static List<Long> starts(CallEventsTap tap, List<String> ids, int attempt, long from) {
        return ids.stream().flatMap(id -> tap.events(id).stream())
                .filter(e -> e.started() && e.attempt() == attempt && e.occurredAt() >= from)
                .map(CallEventsTap.Event::occurredAt).sorted().toList();
    }

    /** Waits until {@code done} holds (checked every 100 ms), at most {@code max}; fails saying {@code what}. */
    private static void await(BooleanSupplier done, Duration max, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + max.toMillis();
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() >= deadline) {
                throw new IllegalStateException(what + " in " + max);
            }
            Thread.sleep(100);
        }
    }

    /** How many of the campaigns' call events match. */
    private static long count(CallEventsTap tap, List<String> ids, Predicate<CallEventsTap.Event> which) {
        return ids.stream().flatMap(id -> tap.events(id).stream()).filter(which).count();
    }
}
