package io.voxcampaigns.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The arithmetic behind the printed figures (the measurements themselves need the running stack). */
class FiguresTest {

    @Test
    void percentilesAreNearestRank() {
        List<Integer> samples = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            samples.add(i);
        }
        Percentiles p = Percentiles.of(samples);
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
        assertThat(Percentiles.of(List.of(7)).p99()).isEqualTo(7);
        assertThat(Percentiles.of(List.of()).count()).isZero();
        assertThat(Percentiles.median(3, 1, 2)).isEqualTo(2);
    }

    @Test
    void heapUsedSumsTheHeapPoolsOnly() {
        String metrics = """
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1000000.0
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2.5E7
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.0E7
                jvm_memory_max_bytes{area="heap",id="G1 Old Gen"} 1.0E9
                """;
        assertThat(DispatcherHeap.heapUsed(metrics)).isEqualTo(26_000_000.0);
    }

    @Test
    void countersLatencyIsTheFirstPollShowingEachEnd() throws Exception {
        List<CountersPoller.Seen> seen = List.of(new CountersPoller.Seen(1_010, 2), new CountersPoller.Seen(1_050, 3));
        // ends at 1,000, 1,005 (both seen at 1,010), 1,020 (seen at 1,050), 1,060 (never seen: not counted)
        assertThat(CountersPoller.latencies(seen, List.of(1_000L, 1_005L, 1_020L, 1_060L)))
                .containsExactly(10L, 5L, 30L);
    }

    @Test
    void busiestWindowCountsTheMostStartsInAnyTenSeconds() {
        // 3 starts in [0, 10 s), then 4 in [20 s, 30 s): the busiest 10 s hold 4
        assertThat(SaturatedFigures.busiestWindow(List.of(0L, 5_000L, 9_999L, 20_000L, 21_000L, 22_000L, 29_999L)))
                .isEqualTo(4);
        assertThat(SaturatedFigures.busiestWindow(List.of(0L, 10_000L))).isEqualTo(1);
        assertThat(SaturatedFigures.busiestWindow(List.of())).isZero();
    }

    @Test
    void endRateLeavesOutTheFirstAndLastTenth() {
        List<Long> ended = new ArrayList<>();
        for (long i = 0; i < 100; i++) {
            ended.add(i * 10);
        }
        ended.set(99, 1_000_000L);
        // ends 10..90 are 800 ms apart: 80 ends in 0.8 s
        assertThat(CountersAtRate.endRate(ended)).isEqualTo(100.0);
        assertThat(CountersAtRate.endRate(List.of(5L))).isEqualTo(1.0);
    }

    @Test
    void a429IsWellFormedWithRetryAfterAndTheEnvelope() {
        String body = """
                {"error":{"code":"TOO_MANY_REQUESTS","message":"this organisation sent more read requests than its limit",
                "details":{"route_class":"read","retry_after_seconds":1}}}""";
        assertThat(SteadyRate.wellFormed429(429, "1", body)).isTrue();
        assertThat(SteadyRate.wellFormed429(429, "", body)).isFalse();
        assertThat(SteadyRate.wellFormed429(429, "2", body)).isFalse();
        assertThat(SteadyRate.wellFormed429(429, "1", "{\"error\":{\"code\":\"SERVICE_UNAVAILABLE\"}}")).isFalse();
        assertThat(SteadyRate.wellFormed429(429, "1", "too many")).isFalse();
        assertThat(SteadyRate.wellFormed429(200, "1", body)).isFalse();
    }

    @Test
    void throttledCountsTheOrganisationsReadsOnlyExemplarOrNot() {
        String metrics = """
                # TYPE vox_api_throttled_total counter
                vox_api_throttled_total{organization="org-a",route_class="read"} 7000.0 # {span_id="66",trace_id="04"} 1.0 1.7E9
                vox_api_throttled_total{organization="org-a",route_class="write"} 3.0
                vox_api_throttled_total{organization="org-b",route_class="read"} 5.0
                vox_api_throttled_total{route_class="read",organization="org-d"} 2.0
                """;
        assertThat(RateLimitIsolation.throttled(metrics, "org-a")).isEqualTo(7000.0);
        assertThat(RateLimitIsolation.throttled(metrics, "org-d")).isEqualTo(2.0);
        assertThat(RateLimitIsolation.throttled(metrics, "org-c")).isZero();
    }
}
