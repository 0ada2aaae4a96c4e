package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.campaign.CampaignCountersChanged;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Issue #18 item 7: vox's failed_calls counts canceled tasks, so POST /v3/campaigns/{id}/cancel answers (and every
 * read after it shows) the queued tasks it canceled, before the dispatcher reports anything. The dispatcher's later
 * reports still land: its cancellations fill in the call, and a call it had placed already counts as what it became.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignCancelCountsTest {

    @Inject
    Pool pool;

    @Test
    void cancelOfAPendingCampaignCountsEveryTaskAsFailedAtOnce() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.create(fixtures.body(3));

        JsonPath canceled = fixtures.api().when().post("/v3/campaigns/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("canceled")).body("total_calls", equalTo(3))
                .body("failed_calls", equalTo(3)).body("completed_calls", equalTo(0))
                .body("active_concurrency", equalTo(0)).extract().jsonPath();

        assertThat(fixtures.get(id).getMap("$")).isEqualTo(canceled.getMap("$"));
        fixtures.api().when().get("/v3/campaigns/" + id + "/tasks").then().statusCode(200)
                .body("items.status", contains("canceled", "canceled", "canceled"))
                .body("items.attempts", contains(0, 0, 0));
        assertThat(fixtures.reconciled(id).getMap("tasks_by_status")).containsEntry("canceled", 3)
                .containsEntry("queued", 0);
        // The final counters of the cancel already carry them.
        CampaignCountersChanged counters = CampaignEventsLog.latest(id, CampaignCountersChanged.class,
                c -> c.getFailedCalls() == 3);
        assertThat(counters.getTotalCalls()).isEqualTo(3);
    }

    @Test
    void cancelCountsTheQueuedTasksAndTheDispatchersLaterReportsChangeNoCounter() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(4);
        List<String> tasks = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant t0 = Instant.now().minusSeconds(60);
        feed.sendAndAwait(feed.dispatchStarted(t0), feed.started(tasks.get(0), t0), feed.started(tasks.get(1), t0));

        fixtures.api().when().post("/v3/campaigns/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("canceled")).body("failed_calls", equalTo(2))
                .body("active_concurrency", equalTo(2)).body("completed_calls", equalTo(0));
        fixtures.campaign(id).body("failed_calls", equalTo(2));

        Instant later = Instant.now();
        feed.sendAndAwait(feed.canceled(tasks.get(2), later), feed.canceled(tasks.get(3), later));
        fixtures.campaign(id).body("failed_calls", equalTo(2)).body("active_concurrency", equalTo(2));
        fixtures.api().queryParam("sort_order", "asc").when().get("/v3/campaigns/" + id + "/tasks")
                .then().statusCode(200)
                .body("items.status", contains("in_progress", "in_progress", "canceled", "canceled"))
                .body("items[2].last_call_id", equalTo(feed.callIdOf(tasks.get(2))))
                .body("items[3].last_outcome", equalTo("canceled"));
        fixtures.reconciled(id);
    }

    @Test
    void aCallTheDispatcherPlacedBeforeItLearnedOfTheCancelStillCounts() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(3);
        List<String> tasks = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant t0 = Instant.now().minusSeconds(60);
        feed.sendAndAwait(feed.dispatchStarted(t0));

        fixtures.api().when().post("/v3/campaigns/" + id + "/cancel").then().statusCode(200)
                .body("failed_calls", equalTo(3));

        // task 0 was dialled just before the cancel, task 1 connected and ended, task 2 the dispatcher canceled
        Instant later = Instant.now();
        feed.sendAndAwait(feed.started(tasks.get(0), later));
        fixtures.campaign(id).body("failed_calls", equalTo(2)).body("active_concurrency", equalTo(1))
                .body("status", equalTo("canceled"));
        feed.sendAndAwait(
                feed.ended(tasks.get(1), CallStatus.ended, DisconnectionReason.user_hangup, later,
                        later.plusSeconds(30)),
                feed.ended(tasks.get(0), CallStatus.not_connected, DisconnectionReason.dial_busy, later,
                        later.plusSeconds(5)),
                feed.canceled(tasks.get(2), later));

        fixtures.campaign(id).body("completed_calls", equalTo(1)).body("failed_calls", equalTo(2))
                .body("active_concurrency", equalTo(0));
        assertThat(fixtures.reconciled(id).getMap("tasks_by_status")).isEqualTo(Map.of("queued", 0,
                "in_progress", 0, "completed", 1, "failed", 1, "canceled", 1));
        fixtures.api().queryParam("sort_order", "asc").when().get("/v3/campaigns/" + id + "/tasks")
                .then().statusCode(200).body("items.attempts", contains(1, 1, 0));
    }
}
