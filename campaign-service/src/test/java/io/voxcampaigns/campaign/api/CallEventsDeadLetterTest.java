package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/** Records the service can never apply go to call.events.dlq with their bytes; the consumer keeps going. */
@QuarkusTest
@RealInfra(database = "campaigns")
class CallEventsDeadLetterTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Test
    void poisonAndEventsForUnknownCampaignsAreDeadLetteredAndLaterEventsApplied() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(1);
        String poisonKey = "poison-" + UUID.randomUUID();
        byte[] poison = "not an avro record".getBytes(StandardCharsets.UTF_8);
        TestKafka.send(Topics.CALL_EVENTS, poisonKey, poison);
        String stranger = UUID.randomUUID().toString();
        CallEventFeed unknown = new CallEventFeed(pool, fixtures.org, stranger);
        var orphan = unknown.dispatchStarted(Instant.now());
        unknown.send(List.of(orphan));
        CallEventFeed otherOrganisation = new CallEventFeed(pool, UUID.randomUUID().toString(), id);
        var foreign = otherOrganisation.dispatchStarted(Instant.now());
        otherOrganisation.send(List.of(foreign));

        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        feed.sendAndAwait(feed.dispatchStarted(Instant.now()));
        assertThat(fixtures.get(id).getString("status")).isEqualTo("ongoing");

        ConsumerTask<String, byte[]> dead = TestKafka.consume(Topics.deadLetter(Topics.CALL_EVENTS));
        try {
            await().atMost(WAIT).until(() -> keyed(dead, poisonKey).size() == 1
                    && keyed(dead, stranger).size() == 1 && keyed(dead, id).size() == 1);
            assertThat(keyed(dead, poisonKey).get(0).value()).isEqualTo(poison);
            assertThat(reason(keyed(dead, poisonKey).get(0))).contains("C3 01");
            assertThat(keyed(dead, stranger).get(0).value()).isEqualTo(EventCodec.encode(orphan));
            assertThat(reason(keyed(dead, stranger).get(0))).contains(stranger);
            assertThat(keyed(dead, id).get(0).value()).isEqualTo(EventCodec.encode(foreign));
        } finally {
            dead.close();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> keyed(ConsumerTask<String, byte[]> task, String key) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
