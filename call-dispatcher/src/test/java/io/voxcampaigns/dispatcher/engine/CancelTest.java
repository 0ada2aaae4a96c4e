package io.voxcampaigns.dispatcher.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.testing.support.RealInfra;

/** A cancel turns every queued task into a canceled outcome and starts nothing more; calls in progress finish. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class CancelTest {

    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final int TASKS = 1200;

    @Inject
    Pool pool;

    @Test
    void cancelCancelsTheQueuedTasksAndStartsNothingMore() {
        CallEventsLog.start();
        CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(2).tasks(TASKS).publish();
        UUID id = campaign.id();
        DispatchDb db = new DispatchDb(pool);
        await().atMost(WAIT).until(() -> db.placedCalls(id) >= 6);

        CampaignFeed.send(campaign.canceled());
        await().atMost(WAIT).until(() -> db.terminalTasks(id) == TASKS);

        long placed = db.placedCalls(id);
        long canceled = db.calls(id, "canceled");
        assertThat(canceled).isGreaterThan(TASKS / 2);
        assertThat(placed + canceled).isEqualTo(TASKS);
        assertThat(db.campaign(id).getString("status")).isEqualTo("canceled");
        assertThat(db.campaign(id).getInteger("in_progress")).isZero();

        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(id, CallEnded.class)).hasSize(TASKS));
        List<CallEnded> canceledEvents = CallEventsLog.of(id, CallEnded.class).stream()
                .filter(ended -> ended.getStatus() == CallStatus.canceled).toList();
        assertThat(canceledEvents).hasSize((int) canceled).allSatisfy(ended -> {
            assertThat(ended.getStartedAt()).isNull();
            assertThat(ended.getDisconnectionReason()).isNull();
            assertThat(ended.getDurationMs()).isZero();
        });
        List<CallStarted> started = CallEventsLog.of(id, CallStarted.class);
        assertThat(started).hasSize((int) placed);
        assertThat(canceledEvents.stream().map(CallEnded::getAttemptId))
                .doesNotContainAnyElementsOf(started.stream().map(CallStarted::getAttemptId).toList());
        List<SpecificRecord> events = CallEventsLog.of(id);
        assertThat(events.lastIndexOf(started.get(started.size() - 1)))
                .as("no call starts after the first canceled task")
                .isLessThan(events.indexOf(canceledEvents.get(0)));
        assertThat(CallEventsLog.of(id, CampaignDrained.class)).isEmpty();
    }
}
