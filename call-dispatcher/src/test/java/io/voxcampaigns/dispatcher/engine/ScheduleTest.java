package io.voxcampaigns.dispatcher.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDispatchStarted;
import io.voxcampaigns.events.call.CampaignScheduleReached;
import io.voxcampaigns.testing.support.RealInfra;

/** A draft campaign dials nothing before scheduled_at; reaching it is published, then the first call starts it. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class ScheduleTest {

    private static final Duration WAIT = Duration.ofMinutes(1);

    @Inject
    Pool pool;

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void nothingStartsBeforeScheduledAtThenTheScheduleIsPublishedBeforeTheFirstCall() {
        CallEventsLog.start();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestClock.INSTANCE.freezeAt(now);
        Instant scheduledAt = now.plus(Duration.ofHours(3));
        CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(5).tasks(20).scheduledAt(scheduledAt)
                .publish();
        UUID id = campaign.id();
        DispatchDb db = new DispatchDb(pool);
        await().atMost(WAIT).until(() -> db.campaign(id) != null && db.campaign(id).getInteger("tasks_stored") == 20
                && "draft".equals(db.campaign(id).getString("status")));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> db.calls(id) == 0);
        assertThat(CallEventsLog.of(id)).isEmpty();

        TestClock.INSTANCE.freezeAt(scheduledAt);
        await().atMost(WAIT).until(() -> db.terminalTasks(id) == 20);

        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(id, CallStarted.class)).hasSize(20));
        List<SpecificRecord> events = CallEventsLog.of(id);
        assertThat(events.get(0)).isInstanceOfSatisfying(CampaignScheduleReached.class,
                reached -> assertThat(reached.getScheduledAt()).isEqualTo(scheduledAt));
        assertThat(events.get(1)).isInstanceOf(CampaignDispatchStarted.class);
        assertThat(events.get(2)).isInstanceOf(CallStarted.class);
        assertThat(CallEventsLog.of(id, CampaignScheduleReached.class)).hasSize(1);
        assertThat(CallEventsLog.of(id, CallStarted.class))
                .allSatisfy(call -> assertThat(call.getStartedAt()).isAfterOrEqualTo(scheduledAt));
    }
}
