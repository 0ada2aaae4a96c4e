package io.voxcampaigns.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Counters visibility at about 1,000 calls/s, after the saturated campaigns are paused: zero-length calls run at
 * slots / cycle time, so 3,000-task probes (concurrency 10, then the concurrency that gave ~1,000/s by
 * proportion) measure the cycle, and a 20,000-task campaign gets the concurrency the second probe points to; the
 * figure states the rate it really ran at.
 */
final class CountersAtRate {

    private static final int PROBE_TASKS = 3_000;
    private static final int TASKS = 20_000;
    private static final double TARGET_RATE = 1000;

    private final BenchCampaigns campaigns;
    private final Report report;

    CountersAtRate(BenchCampaigns campaigns, Report report) {
        this.campaigns = campaigns;
        this.report = report;
    }

    void measure() throws Exception {
        try (CallEventsTap tap = new CallEventsTap(Bench.KAFKA)) {
            // the rate grows less than the concurrency (cycles lengthen with load): two probes, the second near the target
            int concurrency = 10;
            double probeRate = 0;
            for (int probe = 0; probe < 2; probe++) {
                String id = campaigns.create(campaigns.body(PROBE_TASKS, concurrency, null));
                tap.awaitEnds(id, PROBE_TASKS, Duration.ofMinutes(2));
                probeRate = endRate(tap.times(id, false));
                concurrency = (int) Math.max(1, Math.min(SaturatedDispatch.CONCURRENCY,
                        Math.round(concurrency * TARGET_RATE / probeRate)));
            }

            String id = campaigns.create(campaigns.body(TASKS, concurrency, null));
            List<Long> latencies;
            List<Long> ended;
            try (CountersPoller poller = new CountersPoller(campaigns.api(), id)) {
                tap.awaitEnds(id, TASKS, Duration.ofMinutes(3));
                Thread.sleep(5_000);
                ended = tap.times(id, false);
                latencies = poller.latencies(ended);
            }
            Percentiles visible = Percentiles.of(latencies);
            Percentiles relay = tap.relayed(List.of(id));
            double rate = endRate(ended);
            boolean allSeen = latencies.size() == ended.size() && ended.size() == TASKS;
            report.check("CallEnded -> counters visible in GET /v3/campaigns/{id}, about 1,000 calls/s",
                    String.format(Locale.ROOT, "p50 %.0f ms, p99 %.0f ms over %,d of %,d ends (one campaign at concurrency %d: %,.0f calls/s; second calibration probe: %,.0f/s; polled every %d ms; of which dispatcher outbox -> call.events p50 %.0f ms, p99 %.0f ms)",
                            visible.p50(), visible.p99(), latencies.size(), TASKS, concurrency, rate, probeRate,
                            CountersPoller.INTERVAL_MS, relay.p50(), relay.p99()),
                    "p99 <= 1 s", allSeen && visible.p99() <= 1000);
        }
    }

    /** Ends per second between the 10th and the 90th percentile end (leaves out ramp-up and the tail). */
    static double endRate(List<Long> ended) {
        int from = ended.size() / 10;
        int to = ended.size() * 9 / 10;
        if (to <= from + 1) {
            return 1;
        }
        return (to - from) * 1000.0 / Math.max(1, ended.get(to) - ended.get(from));
    }
}
