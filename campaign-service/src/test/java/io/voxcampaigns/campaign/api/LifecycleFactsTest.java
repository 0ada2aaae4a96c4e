package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.CampaignFailureReason;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.common.PauseReason;
import io.voxcampaigns.events.common.PausedBy;
import io.voxcampaigns.testing.support.RealInfra;

/** The dispatcher's lifecycle facts on call.events move status, paused_by, paused_at and finished_at. */
@QuarkusTest
@RealInfra(database = "campaigns")
class LifecycleFactsTest {

    @Inject
    Pool pool;

    @Test
    void aReachedScheduleMakesADraftPending() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        body.put("scheduled_at", Instant.now().plusSeconds(3600).toEpochMilli());
        String id = fixtures.create(body);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);

        feed.sendAndAwait(feed.scheduleReached(Instant.now()));

        assertThat(fixtures.get(id).getString("status")).isEqualTo("pending");
        CampaignStatusChanged change = CampaignEventsLog.published(id, CampaignStatusChanged.class, 1).get(0);
        assertThat(change.getPreviousStatus()).isEqualTo(CampaignStatus.draft);
        assertThat(change.getStatus()).isEqualTo(CampaignStatus.pending);
    }

    @Test
    void theWindowClosingPausesARunningCampaignAndItsOpeningResumesIt() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(3);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant closedAt = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MILLIS);
        feed.sendAndAwait(feed.dispatchStarted(closedAt.minusSeconds(3600)), feed.windowClosed(closedAt));

        fixtures.campaign(id).body("status", equalTo("paused")).body("paused_by", equalTo("system"))
                .body("paused_at", equalTo(closedAt.toEpochMilli()));
        CampaignPaused paused = CampaignEventsLog.published(id, CampaignPaused.class, 1).get(0);
        assertThat(paused.getPausedBy()).isEqualTo(PausedBy.system);
        assertThat(paused.getPausedAt()).isEqualTo(closedAt);
        assertThat(paused.getReason()).isEqualTo(PauseReason.call_time_window);

        feed.sendAndAwait(feed.windowOpened(true, Instant.now()));
        fixtures.campaign(id).body("status", equalTo("ongoing"))
                .body("paused_by", nullValue()).body("paused_at", nullValue());
        assertThat(CampaignEventsLog.published(id, CampaignStatusChanged.class, 3))
                .extracting(c -> c.getPreviousStatus() + ">" + c.getStatus())
                .containsExactly("pending>ongoing", "ongoing>paused", "paused>ongoing");
    }

    @Test
    void theVoiceRuntimeRefusingPausesTheCampaignWithThatReasonAndItsReturnResumesIt() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(3);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant pausedAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        feed.sendAndAwait(feed.dispatchStarted(pausedAt.minusSeconds(600)),
                feed.runtimeUnavailable(pausedAt.minusSeconds(60), pausedAt));

        fixtures.campaign(id).body("status", equalTo("paused")).body("paused_by", equalTo("system"))
                .body("pause_reason", equalTo("voice_runtime_unavailable"))
                .body("paused_at", equalTo(pausedAt.toEpochMilli()));
        CampaignPaused paused = CampaignEventsLog.published(id, CampaignPaused.class, 1).get(0);
        assertThat(paused.getPausedBy()).isEqualTo(PausedBy.system);
        assertThat(paused.getReason()).isEqualTo(PauseReason.voice_runtime_unavailable);

        // a window opening does not end a pause the runtime caused
        feed.sendAndAwait(feed.windowOpened(true, Instant.now()));
        fixtures.campaign(id).body("status", equalTo("paused"));

        feed.sendAndAwait(feed.runtimeAvailable(Instant.now()));
        fixtures.campaign(id).body("status", equalTo("ongoing")).body("paused_by", nullValue())
                .body("pause_reason", nullValue());
    }

    @Test
    void theVoiceRuntimesReturnDoesNotEndAUserPauseNorAWindowPause() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String byWindow = fixtures.createOpen(2);
        CallEventFeed window = new CallEventFeed(pool, fixtures.org, byWindow);
        window.sendAndAwait(window.dispatchStarted(Instant.now()), window.windowClosed(Instant.now()),
                window.runtimeAvailable(Instant.now()));
        fixtures.campaign(byWindow).body("status", equalTo("paused")).body("pause_reason", equalTo("call_time_window"));

        String byUser = fixtures.createOpen(2);
        CallEventFeed user = new CallEventFeed(pool, fixtures.org, byUser);
        user.sendAndAwait(user.dispatchStarted(Instant.now()));
        fixtures.api().when().post("/v3/campaigns/" + byUser + "/pause").then().statusCode(200)
                .body("pause_reason", equalTo("user"));
        user.sendAndAwait(user.runtimeUnavailable(Instant.now(), Instant.now()), user.runtimeAvailable(Instant.now()));
        fixtures.campaign(byUser).body("status", equalTo("paused")).body("paused_by", equalTo("user"))
                .body("pause_reason", equalTo("user"));
    }

    @Test
    void aPendingCampaignPausedByItsWindowReturnsToPendingAndWithoutAutoResumeWaitsForTheResumeApi() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        body.put("call_time_window", CampaignFixtures.alwaysOpen(false));
        String id = fixtures.create(body);
        String other = fixtures.createOpen(1);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        CallEventFeed autoFeed = new CallEventFeed(pool, fixtures.org, other);

        autoFeed.sendAndAwait(autoFeed.windowClosed(Instant.now()), autoFeed.windowOpened(true, Instant.now()));
        assertThat(fixtures.get(other).getString("status")).isEqualTo("pending");

        feed.sendAndAwait(feed.windowClosed(Instant.now()), feed.windowOpened(false, Instant.now()));
        fixtures.campaign(id).body("status", equalTo("paused")).body("paused_by", equalTo("system"));
        fixtures.api().when().post("/v3/campaigns/" + id + "/resume").then().statusCode(200)
                .body("status", equalTo("pending")).body("paused_by", nullValue());
    }

    @Test
    void aUserPauseIsNeverLiftedByTheWindow() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        feed.sendAndAwait(feed.dispatchStarted(Instant.now()));
        long pausedAt = fixtures.api().when().post("/v3/campaigns/" + id + "/pause").then().statusCode(200)
                .extract().jsonPath().getLong("paused_at");
        int events = fixtures.outboxTypes(id).size();

        feed.sendAndAwait(feed.windowClosed(Instant.now()), feed.windowOpened(true, Instant.now()),
                feed.scheduleReached(Instant.now()));

        fixtures.campaign(id).body("status", equalTo("paused")).body("paused_by", equalTo("user"))
                .body("paused_at", equalTo(pausedAt));
        assertThat(fixtures.outboxTypes(id)).hasSize(events);
    }

    @Test
    void aDispatchFailureFailsTheCampaignAfterItsQueuedTasksWereCanceled() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(3);
        List<String> tasks = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant t0 = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        Instant failedAt = t0.plusSeconds(10);

        feed.sendAndAwait(feed.dispatchStarted(t0), feed.started(tasks.get(0), t0),
                feed.canceled(tasks.get(1), failedAt), feed.canceled(tasks.get(2), failedAt),
                feed.dispatchFailed(CampaignFailureReason.agent_deleted, failedAt));

        fixtures.campaign(id).body("status", equalTo("fail")).body("finished_at", equalTo(failedAt.toEpochMilli()))
                .body("failed_calls", equalTo(2)).body("active_concurrency", equalTo(1));
        CampaignStatusChanged failed = CampaignEventsLog.published(id, CampaignStatusChanged.class, 2).get(1);
        assertThat(failed.getStatus()).isEqualTo(CampaignStatus.fail);
        assertThat(failed.getFailureReason()).isEqualTo(CampaignFailureReason.agent_deleted);
        assertThat(failed.getFinishedAt()).isEqualTo(failedAt);

        // The call in progress still ends and counts; the campaign stays failed.
        feed.sendAndAwait(feed.ended(tasks.get(0), CallStatus.ended, DisconnectionReason.user_hangup, t0,
                failedAt.plusSeconds(5)));
        fixtures.campaign(id).body("status", equalTo("fail")).body("completed_calls", equalTo(1))
                .body("failed_calls", equalTo(2)).body("active_concurrency", equalTo(0));
        fixtures.reconciled(id);
    }
}
