package io.voxcampaigns.dispatcher.support;

import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.TestKafka;

/** call.events as a subscriber reads them from the broker: one consumer for the test JVM, from the beginning. */
public final class CallEventsLog {

    private static ConsumerTask<String, byte[]> consumer;

    private CallEventsLog() {
    }

    private static synchronized ConsumerTask<String, byte[]> consumer() {
        if (consumer == null) {
            consumer = TestKafka.consume(Topics.CALL_EVENTS);
        }
        return consumer;
    }

    /** Starts reading now, so a later call sees what was published in between. */
    public static void start() {
        consumer();
    }

    /** The campaign's events received so far, decoded, in topic order. */
    public static List<SpecificRecord> of(UUID campaignId) {
        String key = campaignId.toString();
        return consumer().getRecords().stream().filter(record -> key.equals(record.key()))
                .map(record -> EventCodec.decode(record.value())).toList();
    }

    /** The campaign's events of one type received so far, in topic order. */
    public static <T extends SpecificRecord> List<T> of(UUID campaignId, Class<T> type) {
        return of(campaignId).stream().filter(type::isInstance).map(type::cast).toList();
    }
}
