package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.events.task.TaskItem;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * Issue 15, item 4: POST /v3/campaigns/{id}/tasks appends recipients with the rules of a create request, all or
 * nothing, idempotent by external_id; total_calls grows, the dispatcher gets the tasks as TaskBatch records numbered
 * after the campaign's earlier ones, and a finished campaign runs again (a stale drain does not finish it).
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignAppendTasksTest {

    @Inject
    Pool pool;

    @Test
    void appendedTasksComeAfterTheCampaignsOwnAndArePublishedForTheDispatcher() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);

        JsonPath answer = append(fixtures, id, List.of(task("01090000001", "crm-1"), task("01090000002", null),
                withPresentation(task("01090000003", "crm-3")))).statusCode(200).extract().jsonPath();

        assertThat(answer.getInt("added_count")).isEqualTo(3);
        assertThat(answer.getInt("skipped_count")).isZero();
        assertThat(answer.getList("skipped")).isEmpty();
        assertThat(answer.getInt("campaign.total_calls")).isEqualTo(5);
        assertThat(answer.getString("campaign.status")).isEqualTo("pending");
        JsonPath tasks = fixtures.api().queryParam("sort_order", "asc").when().get("/v3/campaigns/" + id + "/tasks")
                .then().statusCode(200).extract().jsonPath();
        assertThat(tasks.getList("items.seq", Integer.class)).containsExactly(0, 1, 2, 3, 4);
        assertThat(tasks.getList("items.to_number", String.class)).endsWith("01090000001", "01090000002",
                "01090000003");
        assertThat(tasks.getList("items.external_id")).containsExactly(null, null, "crm-1", null, "crm-3");
        assertThat(tasks.getList("items.status", String.class)).containsOnly("queued");
        assertThat(fixtures.reconciled(id).getInt("stored.total_calls")).isEqualTo(5);

        List<TaskBatch> batches = fixtures.outboxEvents(id, TaskBatch.class);
        assertThat(batches).extracting(TaskBatch::getBatchIndex).containsExactly(0, 1);
        assertThat(batches.get(1).getBatchCount()).isEqualTo(2);
        assertThat(batches.get(1).getTasks()).extracting(TaskItem::getCallTo)
                .containsExactly("01090000001", "01090000002", "01090000003");
        assertThat(batches.get(1).getTasks().get(2).getPresentationNumber()).isEqualTo(CampaignFixtures.APPROVED);
        assertThat(batches.get(1).getTasks()).extracting(TaskItem::getTaskId)
                .containsExactlyElementsOf(tasks.getList("items.id", String.class).subList(2, 5));
        List<CampaignUpdated> updates = fixtures.outboxEvents(id, CampaignUpdated.class);
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).getSettings().getTotalTasks()).isEqualTo(5);
    }

    @Test
    void aResentAppendSkipsTheTasksTheCampaignHasAndSaysWhich() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        CampaignFixtures.task(body, 0).put("external_id", "crm-0");
        body.put("call_time_window", CampaignFixtures.alwaysOpen(true));
        String id = fixtures.create(body);
        append(fixtures, id, List.of(task("01090000001", "crm-1"))).statusCode(200).body("added_count", equalTo(1));
        String first = fixtures.taskIds(id).get(1);

        // The same request again, with the create request's task and one new task: only the new one is added.
        JsonPath again = append(fixtures, id, List.of(task("01090000001", "crm-1"), task("01000000000", "crm-0"),
                task("01090000009", "crm-9"))).statusCode(200).extract().jsonPath();

        assertThat(again.getInt("added_count")).isEqualTo(1);
        assertThat(again.getInt("skipped_count")).isEqualTo(2);
        assertThat(again.getList("skipped.index", Integer.class)).containsExactly(0, 1);
        assertThat(again.getList("skipped.external_id", String.class)).containsExactly("crm-1", "crm-0");
        assertThat(again.getList("skipped.task_id", String.class)).containsExactly(first, fixtures.taskIds(id).get(0));
        assertThat(again.getInt("campaign.total_calls")).isEqualTo(3);
        assertThat(fixtures.taskIds(id)).hasSize(3);
        assertThat(fixtures.outboxEvents(id, TaskBatch.class)).hasSize(3);

        // Nothing new at all: nothing is written, not even an event.
        append(fixtures, id, List.of(task("01090000009", "crm-9"))).statusCode(200)
                .body("added_count", equalTo(0)).body("skipped_count", equalTo(1));
        assertThat(fixtures.outboxEvents(id, TaskBatch.class)).hasSize(3);
        assertThat(fixtures.outboxEvents(id, CampaignUpdated.class)).hasSize(2);
    }

    @Test
    void badTasksAreRefusedFieldByFieldAndNothingIsStored() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);
        Map<String, Object> unapproved = task("01090000004", null);
        unapproved.put("presentation_number", CampaignFixtures.PENDING);

        append(fixtures, id, List.of(task("01090000001", "x"), task("010-9000-0002", null), task("01090000003", "x"),
                Map.of("to_number", "01090000005", "external_id", " "))).statusCode(400)
                .body("error.details.errors.field", hasItems("tasks[1].to_number", "tasks[2].external_id",
                        "tasks[3].external_id"));
        append(fixtures, id, List.of(task("01090000001", null), unapproved)).statusCode(400)
                .body("error.details.errors.field", equalTo(List.of("tasks[1].presentation_number")));
        fixtures.api().body(Map.of("tasks", List.of())).when().post("/v3/campaigns/" + id + "/tasks")
                .then().statusCode(400).body("error.details.errors.field", hasItems("tasks"));
        fixtures.api().body(Map.of("tasks", List.of(task("01090000001", null)), "name", "x"))
                .when().post("/v3/campaigns/" + id + "/tasks").then().statusCode(400);

        assertThat(fixtures.taskIds(id)).hasSize(2);
        assertThat(fixtures.get(id).getInt("total_calls")).isEqualTo(2);
        assertThat(fixtures.outboxEvents(id, TaskBatch.class)).hasSize(1);
        assertThat(fixtures.outboxEvents(id, CampaignUpdated.class)).isEmpty();
    }

    @Test
    void aCanceledCampaignRefusesAndAnotherOrganisationsCampaignIsNotFound() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(1);
        String stranger = TestApiKeys.issue(UUID.randomUUID().toString(), "campaigns");
        given().auth().oauth2(stranger).contentType(ContentType.JSON)
                .body(Map.of("tasks", List.of(task("01090000001", null))))
                .when().post("/v3/campaigns/" + id + "/tasks").then().statusCode(404);
        fixtures.api().when().post("/v3/campaigns/" + id + "/cancel").then().statusCode(200);

        append(fixtures, id, List.of(task("01090000001", null))).statusCode(409)
                .body("error.details.status", equalTo("canceled"));
        assertThat(fixtures.taskIds(id)).hasSize(1);
    }

    @Test
    void aFinishedCampaignRunsAgainAndAStaleDrainDoesNotFinishIt() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);
        List<String> tasks = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant at = Instant.now().minusSeconds(60);
        feed.sendAndAwait(feed.started(tasks.get(0), at), feed.started(tasks.get(1), at),
                feed.ended(tasks.get(0), CallStatus.ended, DisconnectionReason.user_hangup, at, at.plusSeconds(30)),
                feed.ended(tasks.get(1), CallStatus.not_connected, DisconnectionReason.dial_busy, null,
                        at.plusSeconds(20)),
                feed.drained(at.plusSeconds(30)));
        fixtures.campaign(id).body("status", equalTo("success"));

        JsonPath answer = append(fixtures, id, List.of(task("01090000001", null))).statusCode(200)
                .extract().jsonPath();
        assertThat(answer.getString("campaign.status")).isEqualTo("ongoing");
        assertThat(answer.getString("campaign.finished_at")).isNull();
        assertThat(answer.getInt("campaign.total_calls")).isEqualTo(3);
        assertThat(fixtures.outboxEvents(id, CampaignStatusChanged.class))
                .extracting(event -> event.getStatus().name()).endsWith("success", "ongoing");

        // A drain the dispatcher reported before it had the new task (the fact crossed the append) changes nothing.
        feed.sendAndAwait(feed.drained(Instant.now()));
        fixtures.campaign(id).body("status", equalTo("ongoing"));

        String added = fixtures.taskIds(id).get(2);
        Instant later = Instant.now();
        feed.sendAndAwait(feed.started(added, later),
                feed.ended(added, CallStatus.ended, DisconnectionReason.agent_hangup, later, later.plusSeconds(5)),
                feed.drained(later.plusSeconds(5)));
        fixtures.campaign(id).body("status", equalTo("success")).body("completed_calls", equalTo(2))
                .body("failed_calls", equalTo(1)).body("total_calls", equalTo(3));
        fixtures.reconciled(id);
    }

    private static ValidatableResponse append(CampaignFixtures fixtures, String id, List<Map<String, Object>> tasks) {
        return fixtures.api().body(Map.of("tasks", tasks)).when().post("/v3/campaigns/" + id + "/tasks").then();
    }

    private static Map<String, Object> task(String number, String externalId) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("to_number", number);
        task.put("dynamic_variables", Map.of("customer_name", "Appended " + number));
        if (externalId != null) {
            task.put("external_id", externalId);
        }
        return task;
    }

    private static Map<String, Object> withPresentation(Map<String, Object> task) {
        task.put("presentation_number", CampaignFixtures.APPROVED);
        return task;
    }
}
