package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.campaign.CampaignCountersChanged;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * CampaignCountersChanged under a stream of calls: at most one per campaign per 500 ms, far fewer than the calls,
 * and the last one carries the final counters (no change is lost between two flushes).
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CountersThrottleTest {

    private static final int TASKS = 60;
    private static final Duration MIN_INTERVAL = Duration.ofMillis(500);

    @Inject
    Pool pool;

    @Test
    void countersArePublishedAtMostEvery500MsAndTheLastOneIsFinal() throws InterruptedException {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(TASKS);
        List<String> tasks = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant t0 = Instant.now();

        // Twelve rounds of five calls starting and five ending, about 150 ms apart: ~1.8 s of steady traffic.
        for (int round = 0; round < 12; round++) {
            List<SpecificRecord> events = new ArrayList<>();
            for (int i = round * 5; i < round * 5 + 5; i++) {
                events.add(feed.started(tasks.get(i), t0));
                events.add(feed.ended(tasks.get(i), i % 3 == 0 ? CallStatus.not_connected : CallStatus.ended,
                        DisconnectionReason.user_hangup, t0, t0.plusSeconds(1)));
            }
            feed.send(events);
            Thread.sleep(150);
        }

        CampaignCountersChanged last = CampaignEventsLog.latest(id, CampaignCountersChanged.class,
                c -> c.getCompletedCalls() + c.getFailedCalls() == TASKS);
        assertThat(last.getFailedCalls()).isEqualTo(20);
        assertThat(last.getCompletedCalls()).isEqualTo(40);
        assertThat(last.getActiveConcurrency()).isZero();
        assertThat(last.getTotalCalls()).isEqualTo(TASKS);

        List<CampaignCountersChanged> all = CampaignEventsLog.published(id, CampaignCountersChanged.class, 1);
        assertThat(all.size()).isGreaterThanOrEqualTo(2).isLessThan(2 * TASKS / 4);
        for (int i = 1; i < all.size(); i++) {
            Duration gap = Duration.between(all.get(i - 1).getOccurredAt(), all.get(i).getOccurredAt());
            assertThat(gap).as("gap before counters event %d of %d", i, all.size())
                    .isGreaterThanOrEqualTo(MIN_INTERVAL);
        }
        fixtures.reconciled(id);
        assertThat(fixtures.get(id).getInt("completed_calls")).isEqualTo(40);
    }
}
