package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.events.common.Weekday;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.events.task.TaskItem;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/** A valid POST /v3/campaigns: the 201 body field by field, the stored tasks and the events on Kafka. */
@QuarkusTest
@RealInfra(database = "campaigns")
class CreateCampaignTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Test
    void createdCampaignHasExactlyTheVoxShapeAndDefaults() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(2);
        long before = Instant.now().toEpochMilli();

        JsonPath json = fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(201).extract().jsonPath();

        Map<String, Object> campaign = json.getMap("$");
        assertThat(campaign.keySet()).containsExactlyInAnyOrder("id", "name", "status", "agent", "from_number",
                "total_calls", "completed_calls", "failed_calls", "concurrency", "active_concurrency", "created_at",
                "presentation_number", "scheduled_at", "finished_at", "paused_at", "paused_by", "call_time_window",
                "updated_at", "pause_reason", "retry_policy", "voicemail_action", "purpose", "legal_hours",
                "max_calls_per_second", "suppressed_tasks");
        assertThat(json.getString("id")).matches("[0-9a-f-]{36}");
        assertThat(json.getString("name")).isEqualTo("Reservation reminder");
        assertThat(json.getString("status")).isEqualTo("pending");
        assertThat(json.getMap("agent")).isEqualTo(Map.of("agent_id", fixtures.agentId, "agent_version", "current"));
        assertThat(json.getString("from_number")).isEqualTo(CampaignFixtures.OUTBOUND);
        assertThat(json.getInt("total_calls")).isEqualTo(2);
        assertThat(json.getInt("completed_calls")).isZero();
        assertThat(json.getInt("failed_calls")).isZero();
        assertThat(json.getInt("concurrency")).isEqualTo(5);
        assertThat(json.getInt("active_concurrency")).isZero();
        assertThat(json.getLong("created_at")).isBetween(before, Instant.now().toEpochMilli());
        assertThat(json.getLong("updated_at")).isEqualTo(json.getLong("created_at"));
        assertThat(campaign.get("presentation_number")).isNull();
        assertThat(campaign.get("scheduled_at")).isNull();
        assertThat(campaign.get("finished_at")).isNull();
        assertThat(campaign.get("paused_at")).isNull();
        assertThat(campaign.get("paused_by")).isNull();
        // vox: null when not set; the default window applies at dial time (CallTimeWindowUnsetTest)
        assertThat(campaign).containsEntry("call_time_window", null);
        // ours: one attempt per task, hang up at a voicemail (CampaignAttemptPoliciesTest)
        assertThat(campaign).containsEntry("retry_policy", null).containsEntry("voicemail_action", null);
        // ours: general calls follow the window alone (CampaignPurposeTest)
        assertThat(campaign).containsEntry("purpose", "general").containsEntry("legal_hours", null);
        // ours: no start rate but concurrency (CampaignPacingTest)
        assertThat(campaign).containsEntry("max_calls_per_second", null);
        assertThat(fixtures.taskCount()).isEqualTo(2);
    }

    @Test
    void givenSettingsAreKeptAndAFutureScheduleInSecondsMakesADraft() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        long inAnHour = Instant.now().plusSeconds(3600).getEpochSecond();
        body.put("scheduled_at", inAnHour);
        body.put("concurrency", 20);
        body.put("presentation_number", CampaignFixtures.APPROVED);
        Map<String, Object> window = Map.of("windows",
                List.of(Map.of("start_min", 540, "end_min", 720, "days", List.of("Monday", "Friday"))),
                "timezone", "Europe/Berlin", "auto_resume", false);
        body.put("call_time_window", window);
        CampaignFixtures.agent(body).put("agent_version", "v2");

        fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(201)
                .body("status", equalTo("draft"))
                .body("scheduled_at", equalTo(inAnHour * 1000))
                .body("concurrency", equalTo(20))
                .body("presentation_number", equalTo(CampaignFixtures.APPROVED))
                .body("agent.agent_version", equalTo("v2"))
                .body("call_time_window", equalTo(CampaignFixtures.shown(window)));
    }

    @Test
    void productionResolvesToThePublishedVersionAndCallToIsAnAlias() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        CampaignFixtures.agent(body).remove("agent_version");
        String implicit = fixtures.create(body);
        assertThat(fixtures.column(implicit, "agent_version")).isEqualTo("current");
        assertThat(fixtures.column(implicit, "resolved_agent_version")).isEqualTo("current");

        CampaignFixtures.agent(body).put("agent_version", "production");
        CampaignFixtures.task(body, 0).remove("to_number");
        CampaignFixtures.task(body, 0).put("call_to", "01099998888");
        String production = fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(201).body("agent.agent_version", equalTo("production"))
                .extract().path("id");
        assertThat(fixtures.column(production, "resolved_agent_version")).isEqualTo("v1");

        fixtures.api().when().get("/v3/campaigns/" + production + "/tasks")
                .then().statusCode(200).body("items[0].to_number", equalTo("01099998888"));
    }

    @Test
    void pastScheduleInMillisIsPending() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        long anHourAgo = Instant.now().minusSeconds(3600).toEpochMilli();
        body.put("scheduled_at", anHourAgo);
        fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(201)
                .body("status", equalTo("pending"))
                .body("scheduled_at", equalTo(anHourAgo))
                .body("finished_at", nullValue());
    }

    @Test
    void twoThousandTasksArePublishedAsCampaignCreatedThenFourTaskBatches() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(2000);
        CampaignFixtures.task(body, 1999).put("metadata", Map.of("order", "A-1999", "items", List.of(1, 2)));
        CampaignFixtures.task(body, 1999).put("presentation_number", CampaignFixtures.APPROVED);
        String id = fixtures.create(body);
        assertThat(fixtures.taskCount()).isEqualTo(2000);

        CampaignCreated created = created(id);
        CampaignSettings settings = created.getSettings();
        assertThat(created.getOrganizationId()).isEqualTo(fixtures.org);
        assertThat(created.getStatus().name()).isEqualTo("pending");
        assertThat(settings.getName()).isEqualTo("Reservation reminder");
        assertThat(settings.getAgentId()).isEqualTo(fixtures.agentId);
        assertThat(settings.getAgentVersion()).isEqualTo("current");
        assertThat(settings.getResolvedAgentVersion()).isEqualTo("current");
        assertThat(settings.getFromNumber()).isEqualTo(CampaignFixtures.OUTBOUND);
        assertThat(settings.getPresentationNumber()).isNull();
        assertThat(settings.getConcurrency()).isEqualTo(5);
        assertThat(settings.getScheduledAt()).isNull();
        assertThat(settings.getTotalTasks()).isEqualTo(2000);
        assertThat(settings.getCallTimeWindow().getTimezone()).isEqualTo("Asia/Seoul");
        assertThat(settings.getCallTimeWindow().getWindows().get(0).getDays()).hasSize(7).contains(Weekday.Sunday);

        List<TaskBatch> batches = batches(id, 4);
        assertThat(batches).extracting(TaskBatch::getBatchIndex).containsExactly(0, 1, 2, 3);
        assertThat(batches).allSatisfy(batch -> {
            assertThat(batch.getBatchCount()).isEqualTo(4);
            assertThat(batch.getTasks()).hasSize(500);
        });
        List<TaskItem> items = batches.stream().flatMap(batch -> batch.getTasks().stream()).toList();
        assertThat(items).extracting(TaskItem::getCallTo).doesNotHaveDuplicates();
        assertThat(items.get(0).getCallTo()).isEqualTo("01000000000");
        assertThat(items.get(0).getDynamicVariables()).isEqualTo(Map.of("customer_name", "Customer 0"));
        assertThat(items.get(0).getMetadataJson()).isNull();
        TaskItem last = items.get(1999);
        assertThat(last.getCallTo()).isEqualTo("01000001999");
        assertThat(new JsonObject(last.getMetadataJson()))
                .isEqualTo(new JsonObject().put("order", "A-1999").put("items", new JsonArray().add(1).add(2)));
        assertThat(last.getPresentationNumber()).isEqualTo(CampaignFixtures.APPROVED);
    }

    private static CampaignCreated created(String campaignId) {
        ConsumerTask<String, byte[]> task = TestKafka.consume(Topics.CAMPAIGN_EVENTS);
        try {
            ConsumerRecord<String, byte[]> record = awaitKeyed(task, campaignId, 1).get(0);
            assertThat(new String(record.headers().lastHeader("event_type").value())).isEqualTo(CampaignCreated.getClassSchema().getFullName());
            return EventCodec.decode(record.value(), CampaignCreated.class);
        } finally {
            task.close();
        }
    }

    /** In the order they arrived on the topic (one key, one partition): the outbox keeps the list order. */
    private static List<TaskBatch> batches(String campaignId, int count) {
        ConsumerTask<String, byte[]> task = TestKafka.consume(Topics.CAMPAIGN_TASKS);
        try {
            return awaitKeyed(task, campaignId, count).stream()
                    .map(record -> EventCodec.decode(record.value(), TaskBatch.class))
                    .toList();
        } finally {
            task.close();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> awaitKeyed(ConsumerTask<String, byte[]> task, String key,
                                                                  int count) {
        await().atMost(WAIT).until(() -> keyed(task, key).size() >= count);
        List<ConsumerRecord<String, byte[]>> records = keyed(task, key);
        assertThat(records).hasSize(count);
        return records;
    }

    private static List<ConsumerRecord<String, byte[]>> keyed(ConsumerTask<String, byte[]> task, String key) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }
}
