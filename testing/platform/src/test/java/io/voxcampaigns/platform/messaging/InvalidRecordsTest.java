package io.voxcampaigns.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.testing.TestDatabase;
import io.voxcampaigns.platform.testing.TopicLog;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Undecodable and invalid records are the only ones dead-lettered, at once (no retry), with their bytes and the
 * reason; the records after them are applied.
 */
@QuarkusTest
@RealInfra(database = TestDatabase.NAME)
class InvalidRecordsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final byte[] UNDECODABLE = "not an avro record".getBytes(StandardCharsets.UTF_8);

    @Inject
    MeterRegistry registry;

    @Test
    void oneRecordAtATimeDeadLettersUndecodableAndInvalidRecordsAtOnce() {
        assertDeadLetteredAtOnce(TestEvents.SINGLE_TOPIC, TestConsumers.SINGLE);
    }

    @Test
    void aPollAtATimeDeadLettersUndecodableAndInvalidRecordsAtOnce() {
        assertDeadLetteredAtOnce(TestEvents.BATCH_TOPIC, TestConsumers.BATCHES);
    }

    private void assertDeadLetteredAtOnce(String topic, String consumer) {
        ConsumerMetrics metrics = new ConsumerMetrics(registry, consumer);
        double failuresBefore = metrics.transientFailures();
        String campaign = UUID.randomUUID().toString();
        SpecificRecord invalid = TestEvents.paused(campaign, TestConsumers.INVALID_ORGANISATION);
        SpecificRecord valid = TestEvents.paused(campaign, UUID.randomUUID().toString());

        try (TopicLog dead = TopicLog.read(Topics.deadLetter(topic))) {
            TestEvents.send(topic, campaign, List.of(UNDECODABLE, EventCodec.encode(invalid), EventCodec.encode(valid)));
            await().atMost(WAIT).until(() -> dead.withKey(campaign).size() == 2
                    && AppliedEvents.eachOnce(consumer, List.of(TestEvents.eventId(valid))));

            List<ConsumerRecord<String, byte[]>> letters = dead.withKey(campaign);
            assertThat(letters.get(0).value()).isEqualTo(UNDECODABLE);
            assertThat(reason(letters.get(0))).contains("C3 01");
            assertThat(letters.get(1).value()).isEqualTo(EventCodec.encode(invalid));
            assertThat(reason(letters.get(1))).contains("unknown organisation");
        }
        assertThat(AppliedEvents.timesApplied(consumer, List.of(TestEvents.eventId(invalid)))).isEmpty();
        assertThat(metrics.transientFailures()).as("neither was retried").isEqualTo(failuresBefore);
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
