package io.voxcampaigns.dispatcher.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.events.EventCatalog;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.outbox.EventKeys;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/**
 * The trace of the request that created a campaign (its traceparent on the CampaignCreated record, as
 * campaign-service's relay sends it) continues on every call.events record of the campaign's dispatch: the
 * dispatcher keeps it with the campaign, its rounds write it with their outbox rows, the relay's producer spans are
 * children of it and go out as the records' traceparent header (read here from the real broker).
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class CallEventsTraceTest {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int TASKS = 10;

    @Test
    void callEventsCarryTheTraceOfTheCampaignsCreation() {
        ConsumerTask<String, byte[]> callEvents = TestKafka.consume(Topics.CALL_EVENTS);
        try {
            String traceId = randomHex(16);
            String parentSpanId = randomHex(8);
            CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(2).tasks(TASKS);
            send(campaign.created(), "00-" + traceId + "-" + parentSpanId + "-01");
            campaign.batches().forEach(CampaignFeed::send);
            String key = campaign.id().toString();

            await().atMost(WAIT).untilAsserted(() -> assertThat(records(callEvents, key).stream()
                    .filter(r -> EventCodec.decode(r.value()) instanceof CallEnded)).hasSize(TASKS));

            List<ConsumerRecord<String, byte[]>> records = records(callEvents, key);
            assertThat(records.stream().filter(r -> EventCodec.decode(r.value()) instanceof CallStarted))
                    .hasSize(TASKS);
            assertThat(records).allSatisfy(record -> {
                Header header = record.headers().lastHeader("traceparent");
                assertThat(header).as("traceparent of %s", EventCodec.eventType(EventCodec.decode(record.value())))
                        .isNotNull();
                String[] parts = new String(header.value(), StandardCharsets.UTF_8).split("-");
                assertThat(parts[1]).as("trace id").isEqualTo(traceId);
                assertThat(parts[2]).as("a producer span of its own").isNotEqualTo(parentSpanId).hasSize(16);
            });
        } finally {
            callEvents.stop();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> records(ConsumerTask<String, byte[]> task, String key) {
        return task.getRecords().stream().filter(record -> key.equals(record.key())).toList();
    }

    private static void send(CampaignCreated event, String traceParent) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventCatalog.topicOf(event.getClass()),
                EventKeys.of(event), EventCodec.encode(event));
        record.headers().add("event_type", EventCodec.eventType(event).getBytes(StandardCharsets.UTF_8));
        record.headers().add("traceparent", traceParent.getBytes(StandardCharsets.UTF_8));
        TestKafka.companion().produce(Serdes.String(), Serdes.ByteArray()).fromRecords(record)
                .awaitCompletion(WAIT);
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1;
        return HexFormat.of().formatHex(value);
    }
}
