package io.voxcampaigns.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Creates (request -> 201) of 10,000 and 100,000 tasks into campaigns whose window is closed now, so they stay
 * queued; the ten 100,000-task campaigns then are the dispatcher's 1,000,000 queued tasks for {@link DispatcherHeap}.
 */
final class CreateAndQueue {

    static final int QUEUED_CAMPAIGNS = 10;
    static final int QUEUED_TASKS = 100_000;
    private static final int SMALL_TASKS = 10_000;
    private static final int SMALL_CREATES = 3;
    private static final int CONCURRENCY = 5;

    private final BenchCampaigns campaigns;
    private final Report report;

    CreateAndQueue(BenchCampaigns campaigns, Report report) {
        this.campaigns = campaigns;
        this.report = report;
    }

    void measure(Path root) throws Exception {
        Map<String, Object> closed = closedWindow();
        byte[] small = campaigns.body(SMALL_TASKS, CONCURRENCY, closed);
        byte[] large = campaigns.body(QUEUED_TASKS, CONCURRENCY, closed);
        double[] smallMs = new double[SMALL_CREATES];
        for (int i = 0; i < SMALL_CREATES; i++) {
            long t = System.nanoTime();
            campaigns.create(small);
            smallMs[i] = (System.nanoTime() - t) / 1e6;
        }
        report.info("create 10,000 tasks, request -> 201",
                String.format(Locale.ROOT, "median %.0f ms, min %.0f ms (%d runs)", Percentiles.median(smallMs),
                        Arrays.stream(smallMs).min().orElseThrow(), SMALL_CREATES));
        double[] largeMs = new double[QUEUED_CAMPAIGNS];
        List<String> queued = new ArrayList<>();
        for (int i = 0; i < QUEUED_CAMPAIGNS; i++) {
            long t = System.nanoTime();
            String id = campaigns.create(large);
            largeMs[i] = (System.nanoTime() - t) / 1e6;
            queued.add(id);
        }
        double median = Percentiles.median(largeMs);
        report.check("create 100,000 tasks (8 MB body), request -> 201",
                String.format(Locale.ROOT, "median %.2f s, min %.2f s (%d runs)", median / 1000,
                        Arrays.stream(largeMs).min().orElseThrow() / 1000, QUEUED_CAMPAIGNS),
                "<= 3 s", median <= 3000);
        new DispatcherHeap(campaigns.api(), report).measure(root, queued, (long) QUEUED_CAMPAIGNS * QUEUED_TASKS);
    }

    /** One hour, starting twelve hours from now (UTC): closed for the whole run. */
    private static Map<String, Object> closedWindow() {
        int now = Instant.now().atOffset(ZoneOffset.UTC).getHour() * 60;
        int start = (now + 12 * 60) % 1440;
        return StackApi.window(start, start + 60);
    }
}
