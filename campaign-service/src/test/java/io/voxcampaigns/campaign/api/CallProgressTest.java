package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.campaign.CampaignCountersChanged;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * call.events fed on the real broker as the dispatcher sends them: tasks, counters and status move; duplicates,
 * replays and a CallEnded before its CallStarted change nothing more; the counters always reconcile with the rows.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CallProgressTest {

    @Inject
    Pool pool;

    @Test
    void callEventsDriveACampaignToSuccessAndReplayingThemTwiceChangesNothing() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(4);
        List<String> tasks = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant t0 = Instant.now().minusSeconds(120);

        feed.sendAndAwait(feed.dispatchStarted(t0), feed.started(tasks.get(0), t0), feed.started(tasks.get(1), t0));
        fixtures.campaign(id).body("status", equalTo("ongoing")).body("active_concurrency", equalTo(2))
                .body("completed_calls", equalTo(0)).body("failed_calls", equalTo(0));
        fixtures.reconciled(id);

        Instant drainedAt = t0.plusSeconds(90);
        feed.sendAndAwait(
                feed.ended(tasks.get(0), CallStatus.ended, DisconnectionReason.user_hangup, t0, t0.plusSeconds(40)),
                feed.started(tasks.get(2), t0.plusSeconds(41)),
                feed.ended(tasks.get(1), CallStatus.not_connected, DisconnectionReason.dial_no_answer, t0,
                        t0.plusSeconds(45)),
                feed.started(tasks.get(3), t0.plusSeconds(46)),
                feed.ended(tasks.get(2), CallStatus.error, DisconnectionReason.error_voxai, t0.plusSeconds(41),
                        t0.plusSeconds(50)),
                feed.ended(tasks.get(3), CallStatus.ended, DisconnectionReason.agent_hangup, t0.plusSeconds(46),
                        t0.plusSeconds(80)),
                feed.drained(drainedAt));

        JsonPath done = assertFinished(fixtures, id, drainedAt);
        JsonPath reconciliation = fixtures.reconciled(id);
        assertThat(reconciliation.getMap("tasks_by_status")).isEqualTo(Map.of("queued", 0, "in_progress", 0,
                "completed", 2, "failed", 2, "canceled", 0));
        fixtures.api().queryParam("sort_order", "asc").when().get("/v3/campaigns/" + id + "/tasks")
                .then().statusCode(200)
                .body("items.status", contains("completed", "failed", "failed", "completed"))
                .body("items.attempts", contains(1, 1, 1, 1))
                .body("items.last_outcome", contains("ended", "not_connected", "error", "ended"))
                .body("items.last_disconnection_reason",
                        contains("user_hangup", "dial_no_answer", "error_voxai", "agent_hangup"))
                .body("items[0].last_call_id", equalTo(feed.callIdOf(tasks.get(0))));

        List<CampaignStatusChanged> changes = CampaignEventsLog.published(id, CampaignStatusChanged.class, 2);
        assertThat(changes).extracting(CampaignStatusChanged::getStatus)
                .containsExactly(CampaignStatus.ongoing, CampaignStatus.success);
        assertThat(changes.get(1).getFinishedAt()).isEqualTo(drainedAt.truncatedTo(ChronoUnit.MILLIS));
        awaitCounters(id, 2, 2, 0);
        int published = fixtures.outboxTypes(id).size();

        feed.replayAll(2);

        assertThat(fixtures.get(id).getMap("$")).isEqualTo(done.getMap("$"));
        assertThat(fixtures.reconciled(id).getMap("$")).isEqualTo(reconciliation.getMap("$"));
        assertThat(fixtures.outboxTypes(id)).hasSize(published);
    }

    @Test
    void cancelWhileCallsAreInProgressLetsThemFinishAndCount() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(4);
        List<String> tasks = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant t0 = Instant.now().minusSeconds(60);
        feed.sendAndAwait(feed.dispatchStarted(t0), feed.started(tasks.get(0), t0), feed.started(tasks.get(1), t0));

        JsonPath canceled = fixtures.api().when().post("/v3/campaigns/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("canceled")).body("active_concurrency", equalTo(2))
                .extract().jsonPath();
        long finishedAt = canceled.getLong("finished_at");

        // The dispatcher cancels the queued tasks; the two calls in progress end afterwards.
        Instant later = Instant.now();
        feed.sendAndAwait(feed.canceled(tasks.get(2), later), feed.canceled(tasks.get(3), later),
                feed.ended(tasks.get(0), CallStatus.ended, DisconnectionReason.user_hangup, t0, later.plusSeconds(5)),
                feed.ended(tasks.get(1), CallStatus.not_connected, DisconnectionReason.dial_busy, t0,
                        later.plusSeconds(6)),
                feed.drained(later.plusSeconds(6)));

        fixtures.campaign(id).body("status", equalTo("canceled")).body("finished_at", equalTo(finishedAt))
                .body("completed_calls", equalTo(1)).body("failed_calls", equalTo(3))
                .body("active_concurrency", equalTo(0)).body("total_calls", equalTo(4));
        assertThat(fixtures.reconciled(id).getMap("tasks_by_status")).isEqualTo(Map.of("queued", 0,
                "in_progress", 0, "completed", 1, "failed", 1, "canceled", 2));
        fixtures.api().queryParam("sort_order", "asc").when().get("/v3/campaigns/" + id + "/tasks")
                .then().statusCode(200)
                .body("items.status", contains("completed", "failed", "canceled", "canceled"))
                .body("items.attempts", contains(1, 1, 0, 0))
                .body("items.last_outcome", contains("ended", "not_connected", "canceled", "canceled"));
        // The late calls still reach subscribers: the counters are flushed after the final one of the cancel.
        awaitCounters(id, 1, 3, 0);
    }

    @Test
    void anEndBeforeItsStartAndRedeliveriesUnderNewIdsCountOnce() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);
        List<String> tasks = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant t0 = Instant.now().minusSeconds(60);

        feed.sendAndAwait(
                feed.ended(tasks.get(0), CallStatus.ended, DisconnectionReason.user_hangup, t0, t0.plusSeconds(20)),
                feed.started(tasks.get(0), t0),
                feed.started(tasks.get(1), t0.plusSeconds(1)),
                feed.started(tasks.get(1), t0.plusSeconds(1)),
                feed.ended(tasks.get(1), CallStatus.not_connected, DisconnectionReason.dial_failed, t0,
                        t0.plusSeconds(2)),
                feed.ended(tasks.get(1), CallStatus.ended, DisconnectionReason.user_hangup, t0, t0.plusSeconds(3)));

        fixtures.campaign(id).body("status", equalTo("ongoing"))
                .body("completed_calls", equalTo(1)).body("failed_calls", equalTo(1))
                .body("active_concurrency", equalTo(0));
        fixtures.reconciled(id);
        fixtures.api().queryParam("sort_order", "asc").when().get("/v3/campaigns/" + id + "/tasks")
                .then().statusCode(200)
                .body("items.status", contains("completed", "failed"))
                .body("items.attempts", contains(1, 1))
                .body("items.last_outcome", contains("ended", "not_connected"));
    }

    private static JsonPath assertFinished(CampaignFixtures fixtures, String id, Instant drainedAt) {
        return fixtures.campaign(id).body("status", equalTo("success"))
                .body("finished_at", equalTo(drainedAt.toEpochMilli()))
                .body("total_calls", equalTo(4)).body("completed_calls", equalTo(2))
                .body("failed_calls", equalTo(2)).body("active_concurrency", equalTo(0))
                .body("paused_at", nullValue())
                .extract().jsonPath();
    }

    /** Waits until the latest CampaignCountersChanged of the campaign shows these counters. */
    private static void awaitCounters(String id, int completed, int failed, int active) {
        CampaignCountersChanged last = CampaignEventsLog.latest(id, CampaignCountersChanged.class,
                c -> c.getCompletedCalls() == completed && c.getFailedCalls() == failed
                        && c.getActiveConcurrency() == active);
        assertThat(last.getTotalCalls()).isEqualTo(4);
    }
}
