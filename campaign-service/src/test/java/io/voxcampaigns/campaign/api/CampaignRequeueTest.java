package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.common.TaskRequeueReason;
import io.voxcampaigns.events.task.TasksRequeued;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Issue 15, items 3 and 5: POST .../retry asks the dispatcher for one more attempt of the failed tasks (filtered by
 * their last disconnection reason), POST .../tasks/{task_id}/callback for one task at a time moved into the window;
 * both publish TasksRequeued and change no task themselves. The dispatcher's TaskRequeued then queues the task again,
 * moves the counters and runs a finished campaign again.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignRequeueTest {

    @Inject
    Pool pool;

    @Test
    void aReRunAsksForTheFailedTasksAndTheDispatchersAnswerQueuesThemAgain() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(3);
        List<String> tasks = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant at = Instant.now().minusSeconds(120);
        feed.sendAndAwait(feed.started(tasks.get(0), at),
                feed.ended(tasks.get(0), CallStatus.ended, DisconnectionReason.user_hangup, at, at.plusSeconds(30)),
                feed.ended(tasks.get(1), CallStatus.not_connected, DisconnectionReason.dial_busy, at, at),
                feed.ended(tasks.get(2), CallStatus.not_connected, DisconnectionReason.dial_no_answer, at, at),
                feed.drained(at.plusSeconds(30)));
        fixtures.campaign(id).body("status", equalTo("success")).body("failed_calls", equalTo(2));

        fixtures.api().body(Map.of("disconnection_reasons", List.of("dial_busy")))
                .when().post("/v3/campaigns/" + id + "/retry").then().statusCode(202)
                .body("requeued_count", equalTo(1)).body("campaign.status", equalTo("success"));
        fixtures.api().when().post("/v3/campaigns/" + id + "/retry").then().statusCode(202)
                .body("requeued_count", equalTo(2));
        List<TasksRequeued> asked = fixtures.outboxEvents(id, TasksRequeued.class);
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).getTaskIds()).containsExactly(tasks.get(1));
        assertThat(asked.get(1).getTaskIds()).containsExactly(tasks.get(1), tasks.get(2));
        assertThat(asked).allSatisfy(request -> {
            assertThat(request.getReason()).isEqualTo(TaskRequeueReason.rerun);
            assertThat(request.getDueAt()).isNull();
        });
        fixtures.campaign(id).body("status", equalTo("success")).body("failed_calls", equalTo(2));

        // The dispatcher's answer: task 1 queued again for its second attempt.
        Instant due = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        feed.sendAndAwait(feed.requeued(tasks.get(1), 2, due, TaskRequeueReason.rerun));
        JsonPath campaign = fixtures.get(id);
        assertThat(campaign.getString("status")).isEqualTo("ongoing");
        assertThat(campaign.getString("finished_at")).isNull();
        assertThat(campaign.getInt("failed_calls")).isEqualTo(1);
        assertThat(campaign.getInt("completed_calls")).isEqualTo(1);
        JsonPath task = task(fixtures, id, 1);
        assertThat(task.getString("status")).isEqualTo("queued");
        assertThat(task.getLong("next_attempt_at")).isEqualTo(due.toEpochMilli());
        assertThat(task.getInt("attempts")).isEqualTo(1);
        fixtures.reconciled(id);

        // Its second attempt connects; the campaign drains again.
        Instant later = Instant.now();
        String call = UUID.randomUUID().toString();
        feed.sendAndAwait(feed.started(tasks.get(1), 2, call, later),
                feed.endedConnected(tasks.get(1), 2, call, later, later.plusSeconds(5)), feed.requeued(tasks.get(1), 2, due, TaskRequeueReason.rerun),
                feed.drained(later.plusSeconds(5)));
        fixtures.campaign(id).body("status", equalTo("success")).body("completed_calls", equalTo(2))
                .body("failed_calls", equalTo(1));
        assertThat(task(fixtures, id, 1).getList("attempt_outcomes.status"))
                .containsExactly("not_connected", "ended");
        fixtures.reconciled(id);
    }

    @Test
    void aCallbackIsMovedIntoTheWindowAndRefusedPastTheDeadline() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(2);
        body.put("call_time_window", CampaignFixtures.closedNow());
        long deadline = Instant.now().plus(7, ChronoUnit.DAYS).toEpochMilli();
        body.put("retry_policy", Map.of("max_attempts", 2, "deadline_at", deadline));
        String id = fixtures.create(body);
        List<String> tasks = fixtures.taskIds(id);
        long opening = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(2, ChronoUnit.DAYS).toEpochMilli();

        fixtures.api().body(Map.of("at", Instant.now().plusSeconds(60).toEpochMilli()))
                .when().post("/v3/campaigns/" + id + "/tasks/" + tasks.get(0) + "/callback").then().statusCode(202)
                .body("task_id", equalTo(tasks.get(0))).body("campaign_id", equalTo(id))
                .body("due_at", equalTo(opening));
        long inWindow = opening + 3_600_000L;
        fixtures.api().body(Map.of("at", inWindow / 1000))
                .when().post("/v3/campaigns/" + id + "/tasks/" + tasks.get(1) + "/callback").then().statusCode(202)
                .body("due_at", equalTo(inWindow));
        List<TasksRequeued> asked = fixtures.outboxEvents(id, TasksRequeued.class);
        assertThat(asked).extracting(request -> request.getTaskIds().get(0)).containsExactly(tasks.get(0),
                tasks.get(1));
        assertThat(asked).extracting(request -> request.getDueAt().toEpochMilli()).containsExactly(opening, inWindow);
        assertThat(asked).extracting(TasksRequeued::getReason).containsOnly(TaskRequeueReason.callback);

        fixtures.api().body(Map.of("at", deadline + 86_400_000L))
                .when().post("/v3/campaigns/" + id + "/tasks/" + tasks.get(0) + "/callback").then().statusCode(400)
                .body("error.details.errors.field", equalTo(List.of("at")));
        fixtures.api().body(Map.of()).when().post("/v3/campaigns/" + id + "/tasks/" + tasks.get(0) + "/callback")
                .then().statusCode(400).body("error.details.field", equalTo("at"));
        fixtures.api().body(Map.of("at", "tomorrow"))
                .when().post("/v3/campaigns/" + id + "/tasks/" + tasks.get(0) + "/callback").then().statusCode(400);
        fixtures.api().body(Map.of("at", Instant.now().toEpochMilli()))
                .when().post("/v3/campaigns/" + id + "/tasks/" + UUID.randomUUID() + "/callback").then()
                .statusCode(404);
        String other = fixtures.createOpen(1);
        fixtures.api().body(Map.of("at", Instant.now().toEpochMilli()))
                .when().post("/v3/campaigns/" + other + "/tasks/" + tasks.get(0) + "/callback").then()
                .statusCode(404);
        assertThat(fixtures.outboxEvents(id, TasksRequeued.class)).hasSize(2);
    }

    @Test
    void aCanceledCampaignRefusesBothAndBadFiltersAreNamed() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(1);
        String task = fixtures.taskIds(id).get(0);

        fixtures.api().body(Map.of("disconnection_reasons", List.of("dial_busy", "nope")))
                .when().post("/v3/campaigns/" + id + "/retry").then().statusCode(400)
                .body("error.details.field", startsWith("disconnection_reasons"));
        fixtures.api().body(Map.of("disconnection_reasons", List.of()))
                .when().post("/v3/campaigns/" + id + "/retry").then().statusCode(400)
                .body("error.details.field", equalTo("disconnection_reasons"));
        fixtures.api().body(Map.of("disconnection_reasons", List.of("dial_busy", "dial_busy")))
                .when().post("/v3/campaigns/" + id + "/retry").then().statusCode(202)
                .body("requeued_count", equalTo(0));
        // no body and no Content-Type: every failed task
        given().auth().oauth2(fixtures.key).when().post("/v3/campaigns/" + id + "/retry").then().statusCode(202);

        fixtures.api().when().post("/v3/campaigns/" + id + "/cancel").then().statusCode(200);
        fixtures.api().when().post("/v3/campaigns/" + id + "/retry").then().statusCode(409)
                .body("error.details.status", equalTo("canceled"));
        fixtures.api().body(Map.of("at", Instant.now().toEpochMilli()))
                .when().post("/v3/campaigns/" + id + "/tasks/" + task + "/callback").then().statusCode(409)
                .body("error.details.status", equalTo("canceled"));
        assertThat(fixtures.outboxEvents(id, TasksRequeued.class)).as("a re-run of no failed task writes nothing")
                .isEmpty();
    }

    private static JsonPath task(CampaignFixtures fixtures, String campaignId, int index) {
        JsonPath tasks = fixtures.api().queryParam("sort_order", "asc").when()
                .get("/v3/campaigns/" + campaignId + "/tasks").then().statusCode(200).extract().jsonPath();
        return new JsonPath(tasks.prettify()).setRootPath("items[" + index + "]");
    }
}
