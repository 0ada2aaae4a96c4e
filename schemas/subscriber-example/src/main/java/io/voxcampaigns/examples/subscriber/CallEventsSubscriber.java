package io.voxcampaigns.examples.subscriber;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.events.serde.EventDecodingException;

/**
 * A subscriber to {@code call.events} that needs only the schemas jar and kafka-clients: it decodes each record
 * with {@link EventCodec} (Avro single-object encoding, any released writer schema), skips events it has seen
 * (delivery is at least once: deduplicate on {@code event_id}) and commits offsets after handling.
 */
public final class CallEventsSubscriber implements AutoCloseable {

    /** Remembered event ids; a real subscriber keeps them in its database, in the transaction of its effect. */
    private static final int REMEMBERED_EVENT_IDS = 100_000;

    private final KafkaConsumer<String, byte[]> consumer;
    private final Consumer<SpecificRecord> handler;
    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_EVENT_IDS;
        }
    };
    private int undecodable;

    public CallEventsSubscriber(String bootstrapServers, String groupId, Consumer<SpecificRecord> handler) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.handler = handler;
        consumer.subscribe(List.of(Topics.CALL_EVENTS));
    }

    /** Polls once, hands every new event to the handler, commits; returns how many events were handled. */
    public int pollOnce(Duration timeout) {
        int handled = 0;
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            SpecificRecord event;
            try {
                event = EventCodec.decode(record.value());
            } catch (EventDecodingException e) {
                // Not an event this jar knows (a newer producer: upgrade the schemas jar) or corrupt bytes.
                undecodable++;
                continue;
            }
            if (seen.putIfAbsent(EventCodec.eventId(event), Boolean.TRUE) == null) {
                handler.accept(event);
                handled++;
            }
        }
        consumer.commitSync();
        return handled;
    }

    /** Records skipped because they could not be decoded. */
    public int undecodable() {
        return undecodable;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
