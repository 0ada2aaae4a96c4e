package io.voxcampaigns.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The saturated phase's figures from call.events: starts per second, slot refill (k-th CallEnded of a campaign ->
 * its (100+k)-th CallStarted), pause answered -> last CallStarted, and counters visibility on the watched campaigns.
 */
final class SaturatedFigures {

    private static final long SUSTAINED_WINDOW_MS = 10_000;

    private final CallEventsTap tap;
    private final List<String> ids;
    private final List<Long> pausedAt;
    private final Report report;

    SaturatedFigures(CallEventsTap tap, List<String> ids, List<Long> pausedAt, Report report) {
        this.tap = tap;
        this.ids = ids;
        this.pausedAt = pausedAt;
        this.report = report;
    }

    void startsAndRefill() {
        long firstPause = pausedAt.stream().mapToLong(Long::longValue).min().orElseThrow();
        List<Long> starts = new ArrayList<>();
        List<Long> refills = new ArrayList<>();
        int concurrency = SaturatedDispatch.CONCURRENCY;
        for (String id : ids) {
            List<Long> started = tap.times(id, true);
            List<Long> ended = tap.times(id, false);
            starts.addAll(started);
            for (int k = 0; k + concurrency < started.size() && k < ended.size(); k++) {
                if (started.get(k + concurrency) < firstPause) {
                    refills.add(started.get(k + concurrency) - ended.get(k));
                }
            }
        }
        starts.sort(null);
        List<Long> beforePause = starts.stream().filter(t -> t < firstPause).toList();
        long best = busiestWindow(beforePause);
        double span = (firstPause - beforePause.get(0)) / 1000.0;
        boolean fullWindow = span * 1000 >= SUSTAINED_WINDOW_MS;
        double sustained = fullWindow ? best * 1000.0 / SUSTAINED_WINDOW_MS : beforePause.size() / span;
        report.check("call starts/s sustained (10 campaigns x 100 slots, zero durations)",
                String.format(Locale.ROOT, "%,.0f/s over the busiest 10 s%s (%,d starts in the %.1f s before the first pause: %,.0f/s)",
                        sustained, fullWindow ? "" : " (less than 10 s: over the whole run)", beforePause.size(), span,
                        beforePause.size() / span),
                ">= 5,000/s", sustained >= 5000);
        Percentiles refill = Percentiles.of(refills);
        report.check("slot refill CallEnded -> next CallStarted, saturated",
                String.format(Locale.ROOT, "p50 %.0f ms, p99 %.0f ms (%,d refills)", refill.p50(), refill.p99(), refill.count()),
                "p99 <= 50 ms", refill.p99() <= 50);
    }

    /** The most starts in any 10 s (all ten campaigns dial from the same scheduled moment). */
    static long busiestWindow(List<Long> sortedStarts) {
        long best = 0;
        int to = 0;
        for (int from = 0; from < sortedStarts.size(); from++) {
            while (to < sortedStarts.size() && sortedStarts.get(to) < sortedStarts.get(from) + SUSTAINED_WINDOW_MS) {
                to++;
            }
            best = Math.max(best, to - from);
        }
        return best;
    }

    void pauses() {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            List<Long> started = tap.times(ids.get(i), true);
            // a campaign that had started every task before the pause tells nothing about the pause
            if (started.size() < SaturatedDispatch.TASKS) {
                latencies.add(Math.max(0, started.get(started.size() - 1) - pausedAt.get(i)));
            }
        }
        if (latencies.isEmpty()) {
            report.failed("pause answered -> last CallStarted", "every campaign had started all its tasks before "
                    + "its pause");
            return;
        }
        Percentiles pause = Percentiles.of(latencies);
        report.check("pause answered -> last CallStarted",
                String.format(Locale.ROOT, "p50 %.0f ms, p99 %.0f ms (%d campaigns paused mid-run)", pause.p50(), pause.p99(), pause.count()),
                "p99 <= 200 ms", pause.p99() <= 200);
    }

    /** The watched campaigns are the first ones, one poller each. */
    void counters(List<CountersPoller> pollers) {
        List<Long> latencies = new ArrayList<>();
        double rate = 0;
        int ends = 0;
        for (int i = 0; i < pollers.size(); i++) {
            List<Long> ended = tap.times(ids.get(i), false);
            ends += ended.size();
            latencies.addAll(pollers.get(i).latencies(ended));
            rate += ended.size() / Math.max(0.001, (ended.get(ended.size() - 1) - ended.get(0)) / 1000.0);
        }
        Percentiles visible = Percentiles.of(latencies);
        Percentiles relay = tap.relayed(ids.subList(0, pollers.size()));
        // an end the counters never showed before polling stopped (10 s after the last pause) is a miss by itself
        boolean allSeen = latencies.size() == ends;
        report.info("CallEnded -> counters visible in GET /v3/campaigns/{id}, saturated",
                String.format(Locale.ROOT, "p50 %.0f ms, p99 %.0f ms over the %,d of %,d ends of 2 campaigns the counters showed%s (%,.0f ends/s together, polled every %d ms; of which dispatcher outbox -> call.events p50 %.0f ms, p99 %.0f ms)",
                        visible.p50(), visible.p99(), latencies.size(), ends, allSeen ? "" : " (not all)", rate,
                        CountersPoller.INTERVAL_MS, relay.p50(), relay.p99()));
    }
}
