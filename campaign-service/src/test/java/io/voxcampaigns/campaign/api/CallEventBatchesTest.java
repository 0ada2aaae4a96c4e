package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/**
 * call.events arriving in a burst are applied a poll at a time (one transaction for many events, across campaigns
 * and organisations); a poison record in the middle of a poll goes alone to the dead-letter topic while every other
 * event of that poll is applied exactly once.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CallEventBatchesTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int TASKS = 100;

    @Inject
    Pool pool;

    @Test
    void aBurstIsAppliedInFewTransactionsAndOnlyItsPoisonIsDeadLettered() {
        CampaignFixtures first = new CampaignFixtures(pool);
        CampaignFixtures second = new CampaignFixtures(pool);
        String a = first.createOpen(TASKS);
        String b = second.createOpen(TASKS);
        List<String> tasksA = first.taskIds(a);
        List<String> tasksB = second.taskIds(b);
        CallEventFeed feedA = new CallEventFeed(pool, first.org, a);
        CallEventFeed feedB = new CallEventFeed(pool, second.org, b);
        Instant t0 = Instant.now().minusSeconds(600);

        List<ProducerRecord<String, byte[]>> burst = new ArrayList<>();
        List<SpecificRecord> applied = new ArrayList<>();
        add(burst, applied, a, feedA.dispatchStarted(t0));
        add(burst, applied, b, feedB.dispatchStarted(t0));
        for (int i = 0; i < TASKS; i++) {
            add(burst, applied, a, feedA.started(tasksA.get(i), t0.plusSeconds(i)));
            add(burst, applied, b, feedB.started(tasksB.get(i), t0.plusSeconds(i)));
        }
        // Poison in the middle: bytes that are no event, and an event naming a task the campaign does not have.
        byte[] garbage = ("not an event " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        burst.add(new ProducerRecord<>(Topics.CALL_EVENTS, a, garbage));
        SpecificRecord strangerTask = feedA.started(UUID.randomUUID().toString(), t0);
        burst.add(CallEventFeed.record(a, strangerTask));
        for (int i = 0; i < TASKS; i++) {
            add(burst, applied, a, feedA.ended(tasksA.get(i), CallStatus.ended, DisconnectionReason.user_hangup,
                    t0.plusSeconds(i), t0.plusSeconds(i + 200)));
            add(burst, applied, b, feedB.ended(tasksB.get(i), CallStatus.not_connected,
                    DisconnectionReason.dial_no_answer, t0.plusSeconds(i), t0.plusSeconds(i + 200)));
        }
        Instant drained = t0.plusSeconds(400);
        add(burst, applied, a, feedA.drained(drained));
        add(burst, applied, b, feedB.drained(drained));

        ConsumerTask<String, byte[]> dead = TestKafka.consume(Topics.deadLetter(Topics.CALL_EVENTS));
        try {
            CallEventFeed.produceBurst(burst);
            feedA.awaitProcessed(applied.get(applied.size() - 2));
            feedB.awaitProcessed(applied.get(applied.size() - 1));

            first.campaign(a).body("status", equalTo("success")).body("completed_calls", equalTo(TASKS))
                    .body("failed_calls", equalTo(0)).body("active_concurrency", equalTo(0))
                    .body("finished_at", equalTo(drained.toEpochMilli()));
            second.campaign(b).body("status", equalTo("success")).body("completed_calls", equalTo(0))
                    .body("failed_calls", equalTo(TASKS)).body("active_concurrency", equalTo(0));
            first.reconciled(a);
            second.reconciled(b);

            await().atMost(WAIT).until(() -> values(dead, a).stream()
                    .anyMatch(v -> Arrays.equals(v, EventCodec.encode(strangerTask))));
            assertThat(values(dead, a)).filteredOn(v -> Arrays.equals(v, garbage)).hasSize(1);
            assertThat(values(dead, a)).filteredOn(v -> Arrays.equals(v, EventCodec.encode(strangerTask)))
                    .hasSize(1);
        } finally {
            dead.close();
        }
        assertThat(processedCount(List.of(strangerTask))).isZero();
        assertThat(processedCount(applied)).isEqualTo(applied.size());
        // processed_at is the applying transaction's start: far fewer distinct values than events.
        long transactions = transactions(applied);
        assertThat(transactions).as("transactions for %d events", applied.size()).isLessThan(applied.size() / 4);
    }

    private static void add(List<ProducerRecord<String, byte[]>> burst, List<SpecificRecord> applied, String key,
            SpecificRecord event) {
        burst.add(CallEventFeed.record(key, event));
        applied.add(event);
    }

    private static List<byte[]> values(ConsumerTask<String, byte[]> task, String key) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
    }

    private long processedCount(List<SpecificRecord> events) {
        return single("select count(*) as n from processed_event where consumer = $1 and event_id = any($2)", events);
    }

    private long transactions(List<SpecificRecord> events) {
        return single("select count(distinct processed_at) as n from processed_event "
                + "where consumer = $1 and event_id = any($2)", events);
    }

    private long single(String sql, List<SpecificRecord> events) {
        UUID[] ids = events.stream().map(e -> UUID.fromString(EventCodec.eventId(e))).toArray(UUID[]::new);
        return pool.preparedQuery(sql).execute(Tuple.of("campaign-service.call-events", ids))
                .await().atMost(WAIT).iterator().next().getLong("n");
    }
}
