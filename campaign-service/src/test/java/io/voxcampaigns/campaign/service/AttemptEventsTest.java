package io.voxcampaigns.campaign.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.TaskExhausted;
import io.voxcampaigns.events.call.TaskRetryScheduled;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.common.TaskExhaustedCause;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;
import io.voxcampaigns.testing.support.TestKafka;

/**
 * The call.events of tasks with several attempts (docs/dispatch.md "Retries"), sent through the real broker the way
 * the dispatcher's relay sends them, then all of them again twice (at-least-once redelivery): a retried attempt puts
 * its task back to queued with its attempts counted, its next attempt's due time and its outcome listed, and moves
 * no failure counter; a task completes when an attempt connects and fails only at its last one or when it expires;
 * total_calls stays the number of tasks; TaskRetryScheduled before its CallEnded gives the same task.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class AttemptEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CONSUMER = "campaign-service.call-events";
    private static final String OUTBOUND = "0260001000";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool pool;

    private final String org = UUID.randomUUID().toString();
    private final List<SpecificRecord> sent = new ArrayList<>();
    private String campaignId;

    @Test
    void retriedTasksWaitQueuedAndEndWithTheirLastAttempt() throws Exception {
        campaignId = createCampaign(4);
        List<UUID> tasks = taskIds();
        UUID retriedThenConnected = tasks.get(0);
        UUID lastAttemptFailed = tasks.get(1);
        UUID expired = tasks.get(2);
        UUID retryNewsFirst = tasks.get(3);
        Instant t0 = Instant.now().minusSeconds(3_600).truncatedTo(ChronoUnit.MILLIS);
        Instant due = t0.plusSeconds(1_800);

        attempt(retriedThenConnected, 1, t0, CallStatus.not_connected, DisconnectionReason.dial_busy, true);
        send(retry(retriedThenConnected, 2, due, t0.plusSeconds(20)));
        awaitProcessed();
        Row waiting = task(retriedThenConnected);
        assertThat(waiting.getString("status")).isEqualTo("QUEUED");
        assertThat(waiting.getInteger("attempts")).isEqualTo(1);
        assertThat(waiting.getOffsetDateTime("next_attempt_at").toInstant()).isEqualTo(due);
        assertThat(counters()).containsExactly(4, 0, 0, 0);

        attempt(retriedThenConnected, 2, due, CallStatus.ended, DisconnectionReason.user_hangup, false);
        attempt(lastAttemptFailed, 1, t0, CallStatus.not_connected, DisconnectionReason.dial_no_answer, true);
        send(retry(lastAttemptFailed, 2, due, t0.plusSeconds(20)));
        attempt(lastAttemptFailed, 2, due, CallStatus.not_connected, DisconnectionReason.dial_busy, false);
        send(exhausted(lastAttemptFailed, 2, TaskExhaustedCause.last_attempt, due.plusSeconds(20)));
        attempt(expired, 1, t0, CallStatus.not_connected, DisconnectionReason.dial_busy, true);
        send(retry(expired, 2, due, t0.plusSeconds(20)));
        send(exhausted(expired, 1, TaskExhaustedCause.expired, due.plusSeconds(60)));
        send(started(retryNewsFirst, 1, t0));
        send(retry(retryNewsFirst, 2, due, t0.plusSeconds(20)));
        send(ended(retryNewsFirst, 1, t0, CallStatus.not_connected, DisconnectionReason.dial_no_answer, true));
        awaitProcessed();
        assertFinalState(retriedThenConnected, lastAttemptFailed, expired, retryNewsFirst, due);

        List<SpecificRecord> all = List.copyOf(sent);
        produce(all);
        produce(all);
        send(started(retryNewsFirst, 2, due));
        awaitProcessed();
        assertFinalState(retriedThenConnected, lastAttemptFailed, expired, null, due);
        Row inProgress = task(retryNewsFirst);
        assertThat(inProgress.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(inProgress.getInteger("attempts")).isEqualTo(2);
        assertThat(inProgress.getValue("next_attempt_at")).isNull();
        assertThat(counters()).containsExactly(4, 1, 2, 1);
    }

    private void assertFinalState(UUID connected, UUID failed, UUID expired, UUID waiting, Instant due)
            throws Exception {
        Row completed = task(connected);
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(completed.getInteger("attempts")).isEqualTo(2);
        assertThat(completed.getValue("next_attempt_at")).isNull();
        assertThat(outcomes(completed)).containsExactly("1:not_connected:dial_busy", "2:ended:user_hangup");

        Row lastAttempt = task(failed);
        assertThat(lastAttempt.getString("status")).isEqualTo("FAILED");
        assertThat(lastAttempt.getInteger("attempts")).isEqualTo(2);
        assertThat(lastAttempt.getString("exhausted_cause")).isEqualTo("last_attempt");
        assertThat(outcomes(lastAttempt)).containsExactly("1:not_connected:dial_no_answer",
                "2:not_connected:dial_busy");

        Row expiredTask = task(expired);
        assertThat(expiredTask.getString("status")).isEqualTo("FAILED");
        assertThat(expiredTask.getInteger("attempts")).isEqualTo(1);
        assertThat(expiredTask.getString("exhausted_cause")).isEqualTo("expired");
        assertThat(expiredTask.getValue("next_attempt_at")).isNull();

        if (waiting != null) {
            Row queued = task(waiting);
            assertThat(queued.getString("status")).isEqualTo("QUEUED");
            assertThat(queued.getInteger("attempts")).isEqualTo(1);
            assertThat(queued.getOffsetDateTime("next_attempt_at").toInstant()).isEqualTo(due);
            assertThat(outcomes(queued)).containsExactly("1:not_connected:dial_no_answer");
            assertThat(counters()).as("total, completed, failed, active").containsExactly(4, 1, 2, 0);
        }
    }

    /** One attempt: its start and its end (a retry scheduled or final). */
    private void attempt(UUID task, int attempt, Instant at, CallStatus status, DisconnectionReason reason,
                         boolean retry) {
        send(started(task, attempt, at));
        send(ended(task, attempt, at, status, reason, retry));
    }

    private CallStarted started(UUID task, int attempt, Instant at) {
        return CallStarted.newBuilder().setEventId(newId()).setOccurredAt(at).setOrganizationId(org)
                .setCampaignId(campaignId).setCallId(callId(task, attempt)).setTaskId(task.toString())
                .setAttemptId(UUID.nameUUIDFromBytes(callId(task, attempt).getBytes(StandardCharsets.UTF_8))
                        .toString())
                .setToNumber("01012345678").setFromNumber(OUTBOUND).setAgentId(UUID.randomUUID().toString())
                .setAgentVersion("current").setStartedAt(at).setAttempt(attempt).build();
    }

    private CallEnded ended(UUID task, int attempt, Instant startedAt, CallStatus status, DisconnectionReason reason,
                            boolean retry) {
        Instant end = startedAt.plusSeconds(20);
        return CallEnded.newBuilder().setEventId(newId()).setOccurredAt(end).setOrganizationId(org)
                .setCampaignId(campaignId).setCallId(callId(task, attempt)).setTaskId(task.toString())
                .setAttemptId(UUID.nameUUIDFromBytes(callId(task, attempt).getBytes(StandardCharsets.UTF_8))
                        .toString())
                .setStatus(status).setDisconnectionReason(reason).setStartedAt(startedAt).setEndedAt(end)
                .setDurationMs(status == CallStatus.ended ? 15_000 : 0).setAttempt(attempt).setRetryScheduled(retry)
                .build();
    }

    private TaskRetryScheduled retry(UUID task, int next, Instant due, Instant at) {
        return TaskRetryScheduled.newBuilder().setEventId(newId()).setOccurredAt(at).setOrganizationId(org)
                .setCampaignId(campaignId).setTaskId(task.toString()).setCallId(callId(task, next - 1))
                .setAttempt(next).setDueAt(due).setStatus(CallStatus.not_connected)
                .setDisconnectionReason(DisconnectionReason.dial_no_answer).build();
    }

    private TaskExhausted exhausted(UUID task, int attempts, TaskExhaustedCause cause, Instant at) {
        return TaskExhausted.newBuilder().setEventId(newId()).setOccurredAt(at).setOrganizationId(org)
                .setCampaignId(campaignId).setTaskId(task.toString()).setAttempts(attempts).setCause(cause)
                .setExhaustedAt(at).build();
    }

    private static String callId(UUID task, int attempt) {
        return UUID.nameUUIDFromBytes((task + "#" + attempt).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void send(SpecificRecord event) {
        sent.add(event);
        produce(List.of(event));
    }

    private void produce(List<SpecificRecord> events) {
        List<ProducerRecord<String, byte[]>> records = events.stream().map(event -> {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CALL_EVENTS, campaignId,
                    EventCodec.encode(event));
            record.headers().add("event_type", EventCodec.eventType(event).getBytes(StandardCharsets.UTF_8));
            record.headers().add("event_id", EventCodec.eventId(event).getBytes(StandardCharsets.UTF_8));
            return record;
        }).toList();
        TestKafka.companion().produce(Serdes.String(), Serdes.ByteArray()).fromRecords(records)
                .awaitCompletion(WAIT);
    }

    /** Waits until the service has processed the last event sent (and so every one before it on the partition). */
    private void awaitProcessed() {
        UUID eventId = UUID.fromString(EventCodec.eventId(sent.get(sent.size() - 1)));
        await().atMost(WAIT).until(() -> pool
                .preparedQuery("select count(*) as n from processed_event where consumer = $1 and event_id = $2")
                .execute(Tuple.of(CONSUMER, eventId)).await().atMost(WAIT).iterator().next().getLong("n") == 1);
    }

    private Row task(UUID id) {
        return pool.preparedQuery("select * from campaign_task where id = $1").execute(Tuple.of(id))
                .await().atMost(WAIT).iterator().next();
    }

    private static List<String> outcomes(Row task) throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (JsonNode outcome : JSON.readTree(task.getString("attempt_outcomes"))) {
            outcomes.add(outcome.path("attempt").asInt() + ":" + outcome.path("status").asText() + ":"
                    + outcome.path("disconnection_reason").asText());
        }
        return outcomes;
    }

    /** total_calls, completed_calls, failed_calls, active_concurrency. */
    private List<Integer> counters() {
        Row row = pool.preparedQuery("select total_calls, completed_calls, failed_calls, active_concurrency "
                + "from campaign where id = $1").execute(Tuple.of(UUID.fromString(campaignId)))
                .await().atMost(WAIT).iterator().next();
        return List.of(row.getInteger("total_calls"), row.getInteger("completed_calls"),
                row.getInteger("failed_calls"), row.getInteger("active_concurrency"));
    }

    private List<UUID> taskIds() {
        List<UUID> ids = new ArrayList<>();
        pool.preparedQuery("select id from campaign_task where campaign_id = $1 order by seq")
                .execute(Tuple.of(UUID.fromString(campaignId))).await().atMost(WAIT)
                .forEach(row -> ids.add(row.getUUID("id")));
        return ids;
    }

    /** A campaign of a fresh organisation (its outbound number registered, its agent in the read model). */
    private String createCampaign(int tasks) {
        String admin = TestApiKeys.issue(org, "admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("telephone_number", OUTBOUND, "usage", "outbound"))
                .when().post("/v3/organization-telephone-numbers").then().statusCode(201);
        UUID agent = UUID.randomUUID();
        pool.preparedQuery("insert into agent_view (agent_id, organization_id, name, type, production_version, "
                        + "version_labels, deleted, source_occurred_at) values ($1, $2, 'Agent', 'single_prompt', "
                        + "'v1', 'v1', false, now())")
                .execute(Tuple.of(agent, org)).await().atMost(WAIT);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            list.add(Map.of("to_number", String.format("010%08d", i)));
        }
        Map<String, Object> body = Map.of("name", "Retries", "from_number", OUTBOUND,
                "agent", Map.of("agent_id", agent.toString(), "agent_version", "current"), "tasks", list);
        return given().auth().oauth2(TestApiKeys.issue(org, "campaigns")).contentType(ContentType.JSON).body(body)
                .when().post("/v3/campaigns").then().statusCode(201).extract().path("id");
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
