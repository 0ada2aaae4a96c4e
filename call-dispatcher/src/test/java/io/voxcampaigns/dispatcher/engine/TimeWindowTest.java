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
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.call.CampaignWindowClosed;
import io.voxcampaigns.events.call.CampaignWindowOpened;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * A window closing mid-campaign pauses it (system) with no start after the close; the next opening resumes it by
 * itself with auto_resume, or waits for the user without. The dispatcher's clock is moved, never waited for.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class TimeWindowTest {

    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** A Monday evening, two seconds before the 08:00-20:00 window closes. */
    private static final ZonedDateTime EVENING = ZonedDateTime.of(2026, 3, 2, 19, 59, 58, 0, SEOUL);
    private static final Instant CLOSE = EVENING.withHour(20).withMinute(0).withSecond(0).toInstant();
    private static final Instant NEXT_OPENING = EVENING.plusDays(1).withHour(8).withMinute(0).withSecond(0).toInstant();

    @Inject
    Pool pool;

    private DispatchDb db() {
        return new DispatchDb(pool);
    }

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void closingWindowPausesWithoutFurtherStartsAndOpeningResumes() {
        UUID id = runUntilTheWindowCloses(true, 400);
        DispatchDb db = db();

        CampaignWindowClosed closed = CallEventsLog.of(id, CampaignWindowClosed.class).get(0);
        assertThat(closed.getClosedAt()).isEqualTo(CLOSE);
        assertThat(closed.getNextOpeningAt()).isEqualTo(NEXT_OPENING);
        assertThat(db.campaign(id).getString("status")).isEqualTo("paused");
        assertThat(db.campaign(id).getString("paused_by")).isEqualTo("system");

        TestClock.INSTANCE.freezeAt(NEXT_OPENING);
        await().atMost(WAIT).until(() -> db.terminalTasks(id) == 400);
        CampaignWindowOpened opened = CallEventsLog.of(id, CampaignWindowOpened.class).get(0);
        assertThat(opened.getOpenedAt()).isEqualTo(NEXT_OPENING);
        assertThat(opened.getAutoResume()).isTrue();
        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(id, CampaignDrained.class)).hasSize(1));
        assertThat(CallEventsLog.of(id, CallStarted.class)).hasSize(400)
                .allSatisfy(call -> assertThat(call.getStartedAt()).isNotEqualTo(CLOSE));
    }

    @Test
    void withoutAutoResumeTheOpeningWaitsForTheUser() {
        CampaignFeed campaign = campaign(false, 300);
        UUID id = runUntilTheWindowCloses(campaign);
        DispatchDb db = db();
        long placedAtClose = db.placedCalls(id);

        TestClock.INSTANCE.freezeAt(NEXT_OPENING);
        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(id, CampaignWindowOpened.class))
                .singleElement().satisfies(opened -> assertThat(opened.getAutoResume()).isFalse()));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> db.placedCalls(id) == placedAtClose);

        CampaignFeed.send(campaign.resumed(CampaignStatus.ongoing));
        await().atMost(WAIT).until(() -> db.terminalTasks(id) == 300);
        assertThat(db.placedCalls(id)).isEqualTo(300);
    }

    private UUID runUntilTheWindowCloses(boolean autoResume, int tasks) {
        return runUntilTheWindowCloses(campaign(autoResume, tasks));
    }

    private CampaignFeed campaign(boolean autoResume, int tasks) {
        return CampaignFeed.anyCampaign().concurrency(4).tasks(tasks).window(480, 1200, "Asia/Seoul", autoResume);
    }

    /** Starts the campaign two seconds before the close, moves the clock to the close, waits for the pause. */
    private UUID runUntilTheWindowCloses(CampaignFeed campaign) {
        CallEventsLog.start();
        TestClock.INSTANCE.freezeAt(EVENING.toInstant());
        campaign.publish();
        UUID id = campaign.id();
        DispatchDb db = db();
        await().atMost(WAIT).until(() -> db.placedCalls(id) >= 8);

        TestClock.INSTANCE.freezeAt(CLOSE);
        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(id, CampaignWindowClosed.class))
                .hasSize(1));
        await().atMost(WAIT).until(() -> db.campaign(id).getInteger("in_progress") == 0);
        long placedAtClose = db.placedCalls(id);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> db.placedCalls(id) == placedAtClose);
        assertThat(db.lastStart(id)).as("no call started at or after the close").isBefore(CLOSE);
        assertThat(db.tasks(id, "queued")).isPositive();
        assertThat(db.attemptsInProgress(id)).as("calls in progress at the close finished").isZero();
        return id;
    }
}
