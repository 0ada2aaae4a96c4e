package io.voxcampaigns.voiceruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The record under concurrency: dials, replays and the most calls live at once are exact. */
class RecordTest {

    private final VoiceRuntimeStub stub = VoiceRuntimeStub.builder().behaviour(Quick.unansweredAfter(800)).start();
    private final StubClient client = new StubClient(stub, null);
    private final ExecutorService pool = Executors.newFixedThreadPool(24);

    @AfterEach
    void stop() {
        pool.shutdownNow();
        stub.close();
    }

    @Test
    void mostLiveIsTheLargestNumberOfOverlappingCallsPerCampaign() throws Exception {
        // 30 calls of campaign a at once (each rings 800 ms), 5 of campaign b
        List<Callable<StubClient.Response>> wave = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            wave.add(create("a", i));
        }
        for (int i = 0; i < 5; i++) {
            wave.add(create("b", i));
        }
        assertThat(statuses(pool.invokeAll(wave))).containsOnly(201);
        awaitIdle("a");
        // later calls one after the other never overlap: the maximum stays
        stub.controls().timing(Timing.ofMillis(0, 0, 0, 0));
        long later = System.currentTimeMillis();
        for (int i = 30; i < 40; i++) {
            create("a", i).call();
            awaitIdle("a");
        }

        CampaignReport a = stub.record().campaign("a");
        assertThat(a.dials()).isEqualTo(40);
        assertThat(stub.record().dialsSince("a", later)).isEqualTo(10);
        assertThat(a.mostLive()).isEqualTo(30);
        assertThat(a.liveNow()).isZero();
        assertThat(a.notConnected()).isEqualTo(40);
        assertThat(stub.record().campaign("b").mostLive()).isEqualTo(5);
    }

    @Test
    void countsStayExactUnderConcurrentCreatesAndReplays() throws Exception {
        stub.controls().timing(Timing.ofMillis(0, 5, 0, 5));
        List<Callable<StubClient.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            requests.add(create("c", i));
            if (i % 3 == 0) {
                requests.add(create("c", i));
            }
        }

        assertThat(statuses(pool.invokeAll(requests))).containsOnly(200, 201);

        CampaignReport report = stub.record().campaign("c");
        assertThat(report.dials()).isEqualTo(300);
        assertThat(report.replays()).isEqualTo(100);
        assertThat(report.tasks()).hasSize(300).allSatisfy((task, dials) -> assertThat(dials).hasSize(1));
        assertThat(report.attempts().values()).extracting(CampaignReport.Attempt::creations).containsOnly(1);
        assertThat(stub.record().dials()).isEqualTo(300);
    }

    private Callable<StubClient.Response> create(String campaign, int task) {
        String number = String.format("010%08d", task);
        return () -> client.create(campaign + "-attempt-" + task, StubClient.callBody(number, campaign, "t" + task));
    }

    private static List<Integer> statuses(List<Future<StubClient.Response>> responses) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (Future<StubClient.Response> response : responses) {
            statuses.add(response.get().status());
        }
        return statuses;
    }

    private void awaitIdle(String campaign) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stub.record().campaign(campaign).liveNow() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(stub.record().campaign(campaign).liveNow()).isZero();
    }
}
