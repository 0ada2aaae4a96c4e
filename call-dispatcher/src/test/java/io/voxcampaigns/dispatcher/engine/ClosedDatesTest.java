package io.voxcampaigns.dispatcher.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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
import io.voxcampaigns.events.call.CampaignWindowClosed;
import io.voxcampaigns.events.call.CampaignWindowOpened;
import io.voxcampaigns.events.common.CallTimeWindow;
import io.voxcampaigns.events.common.TimeWindow;
import io.voxcampaigns.events.common.Weekday;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Closed dates (issue 16 item 3): a campaign skipping Korean holidays, with one blackout date, runs into Seollal 2027
 * (6-8 February in Korea, the 9th its substitute holiday) followed by the blackout date on the 10th. No call starts on
 * any of those dates although the weekly window covers them; the window closed on the 5th names the 11th as the next
 * opening, and the campaign resumes by itself then. The dispatcher's clock is moved, never waited for.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class ClosedDatesTest {

    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate BLACKOUT = LocalDate.of(2027, 2, 10);
    /** Friday 5 February 2027, two seconds before the 08:00-20:00 window closes. */
    private static final ZonedDateTime EVENING = ZonedDateTime.of(2027, 2, 5, 19, 59, 58, 0, SEOUL);
    private static final Instant CLOSE = EVENING.withHour(20).withMinute(0).withSecond(0).toInstant();
    private static final Instant NEXT_OPENING = ZonedDateTime.of(2027, 2, 11, 8, 0, 0, 0, SEOUL).toInstant();

    @Inject
    Pool pool;

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void noCallStartsOnHolidaysOrBlackoutDatesAndTheDayAfterResumes() {
        CallEventsLog.start();
        CallTimeWindow window = new CallTimeWindow(List.of(new TimeWindow(480, 1200, List.of(Weekday.values()))),
                "Asia/Seoul", true, List.of(BLACKOUT), "KR");
        CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(4).tasks(300).window(window);
        UUID id = campaign.id();
        DispatchDb db = new DispatchDb(pool);
        TestClock.INSTANCE.freezeAt(EVENING.toInstant());
        campaign.publish();
        await().atMost(WAIT).until(() -> db.placedCalls(id) >= 8);

        TestClock.INSTANCE.freezeAt(CLOSE);
        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(id, CampaignWindowClosed.class))
                .singleElement().satisfies(closed -> assertThat(closed.getNextOpeningAt())
                        .as("past Seollal, its substitute holiday and the blackout date").isEqualTo(NEXT_OPENING)));
        await().atMost(WAIT).until(() -> db.campaign(id).getInteger("in_progress") == 0);
        long placedAtClose = db.placedCalls(id);

        for (ZonedDateTime closedDay : List.of(at(2027, 2, 6), at(2027, 2, 8), at(2027, 2, 9), at(2027, 2, 10))) {
            TestClock.INSTANCE.freezeAt(closedDay.toInstant());
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> db.placedCalls(id) == placedAtClose);
        }
        assertThat(CallEventsLog.of(id, CampaignWindowOpened.class)).as("no window opened on a closed date").isEmpty();

        TestClock.INSTANCE.freezeAt(NEXT_OPENING);
        await().atMost(WAIT).until(() -> db.terminalTasks(id) == 300);
        // the events follow the commits through the outbox relay
        await().atMost(WAIT).until(() -> CallEventsLog.of(id, CallStarted.class).size() == 300);
        assertThat(CallEventsLog.of(id, CampaignWindowOpened.class)).singleElement()
                .satisfies(opened -> assertThat(opened.getOpenedAt()).isEqualTo(NEXT_OPENING));
        assertThat(CallEventsLog.of(id, CallStarted.class)).hasSize(300).allSatisfy(call -> assertThat(
                call.getStartedAt()).isIn(EVENING.toInstant(), NEXT_OPENING));
    }

    /** 10:00 in Seoul on a date: inside the weekly window. */
    private static ZonedDateTime at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 10, 0, 0, 0, SEOUL);
    }
}
