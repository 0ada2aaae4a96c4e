package io.voxcampaigns.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.testing.TestDatabase;
import io.voxcampaigns.platform.testing.TopicLog;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * An event delivered again (the relay resends after a crash between the broker's ack and marking the row sent; a
 * consumer re-reads after a rebalance) is applied once: later, and twice within one poll. Nothing is dead-lettered
 * and the records after it are applied.
 */
@QuarkusTest
@RealInfra(database = TestDatabase.NAME)
class RedeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void oneRecordAtATimeAppliesARedeliveredEventOnce() {
        assertAppliedOnce(TestEvents.SINGLE_TOPIC, TestConsumers.SINGLE);
    }

    @Test
    void aPollAtATimeAppliesARedeliveredEventOnce() {
        assertAppliedOnce(TestEvents.BATCH_TOPIC, TestConsumers.BATCHES);
    }

    private static void assertAppliedOnce(String topic, String consumer) {
        String campaign = UUID.randomUUID().toString();
        String organisation = UUID.randomUUID().toString();
        SpecificRecord applied = TestEvents.paused(campaign, organisation);
        SpecificRecord fresh = TestEvents.paused(campaign, organisation);
        SpecificRecord next = TestEvents.paused(campaign, organisation);
        UUID appliedId = TestEvents.eventId(applied);
        UUID freshId = TestEvents.eventId(fresh);

        try (TopicLog dead = TopicLog.read(Topics.deadLetter(topic))) {
            TestEvents.send(topic, campaign, List.of(EventCodec.encode(applied)));
            await().atMost(WAIT).until(() -> AppliedEvents.eachOnce(consumer, List.of(appliedId)));
            // again after it was applied, and a new event twice in a row (one poll, for the batch consumer)
            TestEvents.send(topic, campaign, TestEvents.encoded(List.of(applied, fresh, fresh, next)));
            await().atMost(WAIT).until(() -> AppliedEvents.eachOnce(consumer, List.of(TestEvents.eventId(next))));

            assertThat(AppliedEvents.timesApplied(consumer, List.of(appliedId, freshId)))
                    .containsOnly(entry(appliedId, 1), entry(freshId, 1));
            assertThat(dead.withKey(campaign)).isEmpty();
        }
    }
}
