package io.voxcampaigns.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * An outside subscriber of campaign.events and call.events: a plain Kafka consumer group of its own, from the
 * earliest offset, decoding with the schemas only. Keeps every record it read, duplicates included.
 */
public final class EventSubscriber implements AutoCloseable {

    /** One record as read: its topic, the event_type header and the decoded record (null if undecodable). */
    public record Event(String topic, String type, GenericRecord record) {

        public String field(String name) {
            Object value = record.get(name);
            return value == null ? null : value.toString();
        }
    }

    private final List<Event> events = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    public EventSubscriber(String bootstrap, SchemaOnlyDecoder decoder, List<String> topics) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-subscriber-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties);
        consumer.subscribe(topics);
        thread = new Thread(() -> {
            try (consumer) {
                while (running.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        var header = record.headers().lastHeader("event_type");
                        String type = header == null ? null : new String(header.value());
                        Event event = new Event(record.topic(), type, decoder.decode(record.value()));
                        synchronized (events) {
                            events.add(event);
                        }
                    }
                }
            }
        }, "e2e-subscriber");
        thread.setDaemon(true);
        thread.start();
    }

    /** Everything read so far, in the order read. */
    public List<Event> events() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(10_000);
    }
}
