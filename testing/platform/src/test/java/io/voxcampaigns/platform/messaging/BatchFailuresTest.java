package io.voxcampaigns.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.testing.Health;
import io.voxcampaigns.platform.testing.TestDatabase;
import io.voxcampaigns.platform.testing.TopicLog;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * A poll applied in one transaction: one invalid record splits it down to that record, the only one dead-lettered;
 * a transient failure (a lock the apply times out on) retries the whole poll, never splits it, and applies it once.
 */
@QuarkusTest
@RealInfra(database = TestDatabase.NAME)
class BatchFailuresTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration LOCKED = Duration.ofSeconds(5);

    @Inject
    TestConsumers consumers;

    @Inject
    MeterRegistry registry;

    @Test
    void anInvalidRecordInTheMiddleIsTheOnlyOneDeadLettered() {
        String campaign = UUID.randomUUID().toString();
        String org = UUID.randomUUID().toString();
        List<SpecificRecord> events = new ArrayList<>(TestEvents.paused(campaign, org, 21));
        SpecificRecord invalid = TestEvents.paused(campaign, TestConsumers.INVALID_ORGANISATION);
        events.set(10, invalid);
        List<UUID> valid = TestEvents.eventIds(events.stream().filter(event -> event != invalid).toList());

        try (TopicLog dead = TopicLog.read(Topics.deadLetter(TestEvents.BATCH_TOPIC))) {
            TestEvents.send(TestEvents.BATCH_TOPIC, campaign, TestEvents.encoded(events));
            await().atMost(WAIT).until(() -> AppliedEvents.eachOnce(TestConsumers.BATCHES, valid)
                    && dead.withKey(campaign).size() == 1);
            assertThat(dead.withKey(campaign).get(0).value()).isEqualTo(EventCodec.encode(invalid));
        }
        assertThat(AppliedEvents.timesApplied(TestConsumers.BATCHES, List.of(TestEvents.eventId(invalid)))).isEmpty();
    }

    @Test
    void aPollFailingTransientlyIsRetriedWholeAndAppliedOnce() throws Exception {
        ConsumerMetrics metrics = new ConsumerMetrics(registry, TestConsumers.BATCHES);
        double failuresBefore = metrics.transientFailures();
        String campaign = UUID.randomUUID().toString();
        List<SpecificRecord> events = TestEvents.paused(campaign, UUID.randomUUID().toString(), 30);
        List<UUID> ids = TestEvents.eventIds(events);

        try (TopicLog dead = TopicLog.read(Topics.deadLetter(TestEvents.BATCH_TOPIC))) {
            try (AutoCloseable lock = TestDatabase.lock("applied_event")) {
                TestEvents.send(TestEvents.BATCH_TOPIC, campaign, TestEvents.encoded(events));
                await().atMost(WAIT).until(() -> !Health.readiness(ConsumerRetriesHealthCheck.NAME).up());
                await().during(LOCKED).atMost(LOCKED.plus(WAIT)).until(() -> metrics.retryingSeconds() > 0
                        && dead.withKey(campaign).isEmpty());
                assertThat(Health.readiness(ConsumerRetriesHealthCheck.NAME).data())
                        .containsOnlyKeys(TestConsumers.BATCHES);
                assertThat(Health.readinessStatus()).as("the database itself is up").isEqualTo("DOWN");
            }
            await().atMost(WAIT).until(() -> AppliedEvents.eachOnce(TestConsumers.BATCHES, ids));
            await().atMost(WAIT).until(() -> "UP".equals(Health.readinessStatus()));
            assertThat(metrics.retryingSeconds()).isZero();
            assertThat(metrics.transientFailures()).isGreaterThan(failuresBefore + 3);
            assertThat(dead.withKey(campaign)).isEmpty();
        }

        List<List<UUID>> polls = ofThisTest(consumers.polls(), ids);
        List<List<UUID>> calls = ofThisTest(consumers.batchHandlerCalls(), ids);
        assertThat(calls).as("every attempt had a whole poll").allSatisfy(call -> assertThat(polls).contains(call));
        assertThat(calls.size()).as("attempts during the lock").isGreaterThan(polls.size());
    }

    private static List<List<UUID>> ofThisTest(List<List<UUID>> lists, List<UUID> ids) {
        return lists.stream().filter(list -> !list.isEmpty() && ids.containsAll(list)).toList();
    }
}
