package io.voxcampaigns.dispatcher.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * max_calls_per_second (issue 16 item 5): a campaign allowed 50 calls at once but 4 starts a second starts one call
 * each time its clock passes the next quarter second, never two, whatever its free slots. The dispatcher's clock is
 * moved in steps, never waited for, so the count after each step is exact. The rule over random round times:
 * StartPaceTest.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class PacingTest {

    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final Duration QUARTER = Duration.ofMillis(250);
    private static final Instant T0 = ZonedDateTime.of(2027, 3, 3, 10, 0, 0, 0, ZoneId.of("Asia/Seoul")).toInstant();

    @Inject
    Pool pool;

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void oneCallStartsPerIntervalOfTheRate() {
        CallEventsLog.start();
        CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(50).tasks(30).maxCallsPerSecond(4.0);
        UUID id = campaign.id();
        DispatchDb db = new DispatchDb(pool);
        TestClock.INSTANCE.freezeAt(T0);
        campaign.publish();
        await().atMost(WAIT).until(() -> db.placedCalls(id) == 1);

        for (int step = 1; step < 30; step++) {
            long before = step;
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                    .until(() -> db.placedCalls(id) == before);
            TestClock.INSTANCE.freezeAt(T0.plus(QUARTER.multipliedBy(step)));
            await().atMost(WAIT).until(() -> db.placedCalls(id) == before + 1);
        }
        await().atMost(WAIT).until(() -> db.terminalTasks(id) == 30);
        // the events follow the commits through the outbox relay
        await().atMost(WAIT).until(() -> CallEventsLog.of(id, CallStarted.class).size() == 30);
        assertThat(CallEventsLog.of(id, CallStarted.class)).hasSize(30)
                .extracting(CallStarted::getStartedAt).doesNotHaveDuplicates()
                .allSatisfy(at -> assertThat(Duration.between(T0, at).toMillis() % 250).isZero());
    }
}
