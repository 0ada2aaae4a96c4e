package io.voxcampaigns.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * 10 campaigns x 10,000 tasks, concurrency 100 each (1,000 slots), open window, all scheduled for the same moment
 * after their tasks reached the dispatcher, so they dial together; each is paused 14-18.5 s into the run. The
 * figures are taken from call.events by {@link SaturatedFigures}.
 */
final class SaturatedDispatch {

    static final int CAMPAIGNS = 10;
    static final int TASKS = 10_000;
    static final int CONCURRENCY = 100;
    /** Campaigns watched by a {@link CountersPoller} (the first ones). */
    private static final int WATCHED = 2;
    private static final long SCHEDULE_AFTER_MS = 60_000;
    /** Campaign i is paused this long (+ i x 0.5 s) after the common scheduled start: mid-run, and after a 10 s window for starts/s. */
    private static final long PAUSE_AFTER_MS = 14_000;

    private final BenchCampaigns campaigns;
    private final Report report;

    SaturatedDispatch(BenchCampaigns campaigns, Report report) {
        this.campaigns = campaigns;
        this.report = report;
    }

    void measure() throws Exception {
        long scheduledAt = System.currentTimeMillis() + SCHEDULE_AFTER_MS;
        byte[] body = campaigns.scheduledBody(TASKS, CONCURRENCY, scheduledAt);
        List<String> ids = new ArrayList<>();
        List<CountersPoller> pollers = new ArrayList<>();
        try (CallEventsTap tap = new CallEventsTap(Bench.KAFKA)) {
            for (int i = 0; i < CAMPAIGNS; i++) {
                String id = campaigns.create(body);
                ids.add(id);
                if (i < WATCHED) {
                    pollers.add(new CountersPoller(campaigns.api(), id));
                }
            }
            List<Long> pausedAt = pauseEach(ids, scheduledAt);
            // every start must be in before the pause figure is taken: a fixed wait missed late ones (relay lag)
            Thread.sleep(10_000);
            tap.awaitQuiet(Duration.ofSeconds(5), Duration.ofMinutes(3));
            for (CountersPoller poller : pollers) {
                poller.close();
            }
            SaturatedFigures figures = new SaturatedFigures(tap, ids, pausedAt, report);
            figures.startsAndRefill();
            figures.pauses();
            figures.counters(pollers);
        }
    }

    /** Pauses campaign i at its moment; returns when each pause was answered (unix ms). */
    private List<Long> pauseEach(List<String> ids, long scheduledAt) throws Exception {
        List<Long> pausedAt = new ArrayList<>();
        ids.forEach(id -> pausedAt.add(0L));
        long deadline = System.currentTimeMillis() + 180_000;
        int paused = 0;
        while (paused < ids.size() && System.currentTimeMillis() < deadline) {
            for (int i = 0; i < ids.size(); i++) {
                // by the clock, not by the starts seen on call.events: those arrive late under load (relay lag)
                if (pausedAt.get(i) == 0 && System.currentTimeMillis() >= scheduledAt + PAUSE_AFTER_MS + i * 500L) {
                    campaigns.api().pause(ids.get(i));
                    pausedAt.set(i, System.currentTimeMillis());
                    paused++;
                }
            }
            Thread.sleep(5);
        }
        if (paused < ids.size()) {
            throw new IllegalStateException("only " + paused + " campaigns paused in 3 min");
        }
        return pausedAt;
    }
}
