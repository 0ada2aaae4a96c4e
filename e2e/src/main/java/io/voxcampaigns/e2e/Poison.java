package io.voxcampaigns.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Undecodable records for the consumed topics, and counting them again in the dead-letter topics. */
public final class Poison {

    /** Each consumed topic and how many consumer groups read it (each dead-letters a poison record once). */
    public static final Map<String, Integer> CONSUMED = Map.of(
            "agent.events", 2, // campaign-service, call-dispatcher
            "campaign.events", 1, // call-dispatcher
            "campaign.tasks", 1, // call-dispatcher
            "call.events", 1); // campaign-service

    private final String bootstrap;
    private final String marker = "POISON-" + UUID.randomUUID();

    public Poison(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /**
     * Sends {@code count} records to each consumed topic: half plain garbage, half with the single-object magic and
     * a fingerprint no schema has; every value carries this run's marker.
     */
    public void inject(int count) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties)) {
            for (String topic : CONSUMED.keySet()) {
                for (int i = 0; i < count; i++) {
                    byte[] text = (marker + "-" + i).getBytes(StandardCharsets.US_ASCII);
                    byte[] value = text;
                    if (i % 2 == 1) {
                        value = new byte[10 + text.length];
                        value[0] = (byte) 0xC3;
                        value[1] = 0x01;
                        for (int b = 2; b < 10; b++) {
                            value[b] = (byte) 0xEE;
                        }
                        System.arraycopy(text, 0, value, 10, text.length);
                    }
                    producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), value));
                }
            }
            producer.flush();
        }
    }

    /** Records of this run's poison in the topic's dead-letter topic (reads it from the start, for up to the timeout). */
    public long deadLettered(String topic, long expected, Duration timeout) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-dlq-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        long found = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(topic + ".dlq"));
            while (found < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null
                            && new String(record.value(), StandardCharsets.ISO_8859_1).contains(marker)) {
                        found++;
                    }
                }
            }
        }
        return found;
    }
}
