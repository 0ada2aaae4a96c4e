package io.voxcampaigns.campaign.api;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDispatchFailed;
import io.voxcampaigns.events.call.CampaignDispatchStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.call.CampaignRuntimeAvailable;
import io.voxcampaigns.events.call.CampaignRuntimeUnavailable;
import io.voxcampaigns.events.call.CampaignScheduleReached;
import io.voxcampaigns.events.call.CampaignThrottled;
import io.voxcampaigns.events.call.CampaignWindowClosed;
import io.voxcampaigns.events.call.CampaignWindowOpened;
import io.voxcampaigns.events.call.NumberOptedOut;
import io.voxcampaigns.events.call.TaskHeld;
import io.voxcampaigns.events.call.TaskRequeued;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.CampaignFailureReason;
import io.voxcampaigns.events.common.CancelReason;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.common.TaskHoldReason;
import io.voxcampaigns.events.common.TaskRequeueReason;
import io.voxcampaigns.events.common.ThrottleReason;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.TestKafka;

/**
 * Plays the call-dispatcher for one campaign: builds its call.events records and sends them the way its outbox
 * relay does (Avro single-object encoding, key campaign_id, event_type and event_id headers). Remembers what it
 * sent so a test can replay everything.
 */
final class CallEventFeed {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CONSUMER = "campaign-service.call-events";

    private final Pool pool;
    private final String org;
    private final String campaignId;
    private final Map<String, String> callIds = new HashMap<>();
    private final Map<String, String> attemptIds = new HashMap<>();
    private final List<SpecificRecord> sent = new ArrayList<>();

    CallEventFeed(Pool pool, String org, String campaignId) {
        this.pool = pool;
        this.org = org;
        this.campaignId = campaignId;
    }

    CallStarted started(String taskId, Instant at) {
        return CallStarted.newBuilder().setEventId(newId()).setOccurredAt(ms(at)).setOrganizationId(org)
                .setCampaignId(campaignId).setCallId(callId(taskId)).setTaskId(taskId).setAttemptId(attemptId(taskId))
                .setToNumber("01012345678").setFromNumber(CampaignFixtures.OUTBOUND)
                .setAgentId(UUID.randomUUID().toString()).setAgentVersion("current").setStartedAt(ms(at)).build();
    }

    /** Attempt {@code attempt} of the task started, as a call of its own. */
    CallStarted started(String taskId, int attempt, String callId, Instant at) {
        return CallStarted.newBuilder().setEventId(newId()).setOccurredAt(ms(at)).setOrganizationId(org)
                .setCampaignId(campaignId).setCallId(callId).setTaskId(taskId).setAttemptId(newId())
                .setToNumber("01012345678").setFromNumber(CampaignFixtures.OUTBOUND)
                .setAgentId(UUID.randomUUID().toString()).setAgentVersion("current").setStartedAt(ms(at))
                .setAttempt(attempt).build();
    }

    /** Attempt {@code attempt} of the task, call {@code callId}, ended connected. */
    CallEnded endedConnected(String taskId, int attempt, String callId, Instant startedAt, Instant at) {
        return CallEnded.newBuilder().setEventId(newId()).setOccurredAt(ms(at)).setOrganizationId(org)
                .setCampaignId(campaignId).setCallId(callId).setTaskId(taskId).setAttemptId(newId())
                .setStatus(CallStatus.ended).setDisconnectionReason(DisconnectionReason.agent_hangup)
                .setStartedAt(ms(startedAt)).setEndedAt(ms(at)).setDurationMs(30_000).setAttempt(attempt).build();
    }

    CallEnded ended(String taskId, CallStatus status, DisconnectionReason reason, Instant startedAt, Instant at) {
        return CallEnded.newBuilder().setEventId(newId()).setOccurredAt(ms(at)).setOrganizationId(org)
                .setCampaignId(campaignId).setCallId(callId(taskId)).setTaskId(taskId).setAttemptId(attemptId(taskId))
                .setStatus(status).setDisconnectionReason(reason).setStartedAt(startedAt == null ? null : ms(startedAt))
                .setEndedAt(ms(at)).setDurationMs(status == CallStatus.ended ? 30_000 : 0).build();
    }

    /** What the dispatcher sends for a queued task when the campaign is canceled or fails: never dialled. */
    CallEnded canceled(String taskId, Instant at) {
        return ended(taskId, CallStatus.canceled, null, null, at);
    }

    /** The dispatcher canceled the queued task, never dialled, for {@code reason}. */
    CallEnded canceled(String taskId, CancelReason reason, Instant at) {
        CallEnded ended = canceled(taskId, at);
        ended.setCancelReason(reason);
        return ended;
    }

    /** The dispatcher passes over the task until {@code until}. */
    TaskHeld held(String taskId, TaskHoldReason reason, Instant until) {
        return TaskHeld.newBuilder().setEventId(newId()).setOccurredAt(ms(Instant.now())).setOrganizationId(org)
                .setCampaignId(campaignId).setTaskId(taskId).setReason(reason).setUntil(ms(until)).build();
    }

    /** What holds the campaign below the calls it could start changed ({@code reason} null: nothing now). */
    CampaignThrottled throttled(ThrottleReason reason) {
        return CampaignThrottled.newBuilder().setEventId(newId()).setOccurredAt(ms(Instant.now()))
                .setOrganizationId(org).setCampaignId(campaignId).setReason(reason).build();
    }

    /** The recipient of the task's call refused further calls; {@code number} as the dispatcher sends it. */
    NumberOptedOut optedOut(String taskId, String number) {
        return NumberOptedOut.newBuilder().setEventId(newId()).setOccurredAt(ms(Instant.now())).setOrganizationId(org)
                .setCampaignId(campaignId).setCallId(callId(taskId)).setTaskId(taskId).setNumber(number)
                .setSource("call_analysis.opt_out").build();
    }

    /** The dispatcher queued the task again for attempt {@code attempt}, due at {@code due}. */
    TaskRequeued requeued(String taskId, int attempt, Instant due, TaskRequeueReason reason) {
        return TaskRequeued.newBuilder().setEventId(newId()).setOccurredAt(ms(Instant.now())).setOrganizationId(org)
                .setCampaignId(campaignId).setTaskId(taskId).setAttempt(attempt).setDueAt(ms(due)).setReason(reason)
                .build();
    }

    CampaignDispatchStarted dispatchStarted(Instant at) {
        return CampaignDispatchStarted.newBuilder().setEventId(newId()).setOccurredAt(ms(at)).setOrganizationId(org)
                .setCampaignId(campaignId).setStartedAt(ms(at)).build();
    }

    CampaignScheduleReached scheduleReached(Instant at) {
        return CampaignScheduleReached.newBuilder().setEventId(newId()).setOccurredAt(ms(at)).setOrganizationId(org)
                .setCampaignId(campaignId).setScheduledAt(ms(at)).build();
    }

    CampaignWindowClosed windowClosed(Instant at) {
        return CampaignWindowClosed.newBuilder().setEventId(newId()).setOccurredAt(ms(at)).setOrganizationId(org)
                .setCampaignId(campaignId).setClosedAt(ms(at)).setNextOpeningAt(ms(at.plusSeconds(43_200))).build();
    }

    CampaignWindowOpened windowOpened(boolean autoResume, Instant at) {
        return CampaignWindowOpened.newBuilder().setEventId(newId()).setOccurredAt(ms(at)).setOrganizationId(org)
                .setCampaignId(campaignId).setOpenedAt(ms(at)).setAutoResume(autoResume).build();
    }

    CampaignRuntimeUnavailable runtimeUnavailable(Instant since, Instant at) {
        return CampaignRuntimeUnavailable.newBuilder().setEventId(newId()).setOccurredAt(ms(at))
                .setOrganizationId(org).setCampaignId(campaignId).setUnavailableSince(ms(since))
                .setLastError("HTTP 503 from POST /v3/calls").build();
    }

    CampaignRuntimeAvailable runtimeAvailable(Instant at) {
        return CampaignRuntimeAvailable.newBuilder().setEventId(newId()).setOccurredAt(ms(at))
                .setOrganizationId(org).setCampaignId(campaignId).setAvailableAt(ms(at)).build();
    }

    CampaignDrained drained(Instant at) {
        return CampaignDrained.newBuilder().setEventId(newId()).setOccurredAt(ms(at)).setOrganizationId(org)
                .setCampaignId(campaignId).setDrainedAt(ms(at)).build();
    }

    CampaignDispatchFailed dispatchFailed(CampaignFailureReason reason, Instant at) {
        return CampaignDispatchFailed.newBuilder().setEventId(newId()).setOccurredAt(ms(at)).setOrganizationId(org)
                .setCampaignId(campaignId).setReason(reason).setFailedAt(ms(at)).build();
    }

    /** Sends the events in order and waits until the service has applied (or skipped) the last one. */
    void sendAndAwait(SpecificRecord... events) {
        send(List.of(events));
        awaitProcessed(events[events.length - 1]);
    }

    /** Sends every event sent so far again, {@code times} times over, and waits until all were consumed. */
    void replayAll(int times) {
        List<SpecificRecord> all = List.copyOf(sent);
        for (int i = 0; i < times; i++) {
            produce(all);
        }
        // A fresh event behind the copies on the same partition: once it is processed, so are they.
        CampaignWindowOpened marker = windowOpened(false, Instant.now());
        produce(List.of(marker));
        awaitProcessed(marker);
    }

    void send(List<SpecificRecord> events) {
        sent.addAll(events);
        produce(events);
    }

    void awaitProcessed(SpecificRecord event) {
        UUID eventId = UUID.fromString(EventCodec.eventId(event));
        await().atMost(WAIT).until(() -> pool
                .preparedQuery("select count(*) as n from processed_event where consumer = $1 and event_id = $2")
                .execute(Tuple.of(CONSUMER, eventId)).await().atMost(WAIT).iterator().next().getLong("n") == 1);
    }

    private void produce(List<SpecificRecord> events) {
        produceBurst(events.stream().map(event -> record(campaignId, event)).toList());
    }

    /** A record as the dispatcher's relay sends it. */
    static ProducerRecord<String, byte[]> record(String key, SpecificRecord event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CALL_EVENTS, key, EventCodec.encode(event));
        record.headers().add("event_type", EventCodec.eventType(event).getBytes(StandardCharsets.UTF_8));
        record.headers().add("event_id", EventCodec.eventId(event).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Sends the records in order, in one burst (so the consumer polls many at once). */
    static void produceBurst(List<ProducerRecord<String, byte[]>> records) {
        TestKafka.companion().produce(Serdes.String(), Serdes.ByteArray()).fromRecords(records)
                .awaitCompletion(WAIT);
    }

    private String callId(String taskId) {
        return callIds.computeIfAbsent(taskId, id -> UUID.randomUUID().toString());
    }

    private String attemptId(String taskId) {
        return attemptIds.computeIfAbsent(taskId, id -> UUID.randomUUID().toString());
    }

    String callIdOf(String taskId) {
        return callIds.get(taskId);
    }

    private static Instant ms(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
