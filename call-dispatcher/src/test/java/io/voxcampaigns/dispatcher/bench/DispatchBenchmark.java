package io.voxcampaigns.dispatcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.engine.EngineMetrics;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Not a test: measures call starts per second and slot-refill latency with the simulated runtime at zero durations
 * ({@code ./mvnw -pl call-dispatcher verify -Pbench}). Each phase loads its backlog first (tasks before settings),
 * then publishes every campaign's settings at once, so the figures are dispatch alone. Phase 1 saturates the machine
 * (1,000 slots); phase 2 runs one campaign of 10 slots, where the refill latency is the engine's own.
 */
@Tag("bench")
@QuarkusTest
@TestProfile(ZeroDurationProfile.class)
@RealInfra(database = "dispatcher")
class DispatchBenchmark {

    private static final Duration WAIT = Duration.ofMinutes(20);

    @Inject
    Pool pool;

    @Inject
    EngineMetrics metrics;

    @Test
    void startsPerSecondAndRefillLatency() {
        phase("1: saturated", 10, 10_000, 100);
        phase("2: one campaign, 10 slots", 1, 20_000, 10);
    }

    private void phase(String name, int campaignCount, int tasks, int concurrency) {
        List<CampaignFeed> campaigns = new ArrayList<>();
        for (int i = 0; i < campaignCount; i++) {
            campaigns.add(CampaignFeed.anyCampaign().concurrency(concurrency).tasks(tasks));
        }
        UUID[] ids = campaigns.stream().map(CampaignFeed::id).toArray(UUID[]::new);
        int total = campaignCount * tasks;
        long heapBefore = usedHeapAfterGc();
        long loadStart = System.nanoTime();
        campaigns.forEach(campaign -> campaign.batches().forEach(CampaignFeed::send));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> count("select count(*) as n "
                + "from dispatch_task where state = 'queued' and campaign_id = any($1)", ids) == total);
        long loaded = System.nanoTime();
        long heapWithBacklog = usedHeapAfterGc();
        HistogramSnapshot before = RefillHistogram.snapshot(metrics.refill());

        campaigns.forEach(campaign -> CampaignFeed.send(campaign.created()));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> count("select count(*) as n "
                + "from dispatch_campaign where drained_at is not null and campaign_id = any($1)", ids)
                == campaignCount);
        long drained = System.nanoTime();
        RefillHistogram refills = RefillHistogram.between(before, RefillHistogram.snapshot(metrics.refill()));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) as n from outbox_event where sent_at is null and $1::uuid[] "
                        + "is not null", ids) == 0);
        long published = System.nanoTime();

        Row span = pool.preparedQuery("select min(created_at) as first, max(created_at) as last, count(*) as n "
                        + "from call where campaign_id = any($1) and status <> 'canceled'")
                .execute(Tuple.of(ids)).await().atMost(WAIT).iterator().next();
        double startSeconds = Duration.between(span.getOffsetDateTime("first"), span.getOffsetDateTime("last"))
                .toMillis() / 1000.0;
        assertThat(span.getLong("n")).isEqualTo(total);

        System.out.printf("%n=== dispatch benchmark, phase %s: %d campaign(s) x %d tasks, concurrency %d, "
                + "zero-duration calls ===%n", name, campaignCount, tasks, concurrency);
        System.out.printf("backlog load (campaign.tasks -> dispatch_task): %.1f s; heap after GC: %d MB before, "
                + "%d MB with the %d tasks queued%n", seconds(loaded - loadStart), heapBefore / (1024 * 1024),
                heapWithBacklog / (1024 * 1024), total);
        System.out.printf("call starts: %d in %.2f s from first to last claim = %.0f starts/s%n", total,
                startSeconds, total / startSeconds);
        System.out.printf("slot refill latency over %d refills: p50 %.1f ms, p99 %.1f ms%n", refills.count(),
                refills.percentileMillis(0.5), refills.percentileMillis(0.99));
        System.out.printf("settings published -> every campaign drained: %.2f s; -> every call event relayed to "
                + "Kafka: %.2f s (%d events)%n", seconds(drained - loaded), seconds(published - loaded), 2 * total);
    }

    private long count(String sql, UUID[] ids) {
        return pool.preparedQuery(sql).execute(Tuple.of(ids)).await().atMost(WAIT).iterator().next().getLong("n");
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
