package io.voxcampaigns.testing.support;

import java.time.Duration;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.voxcampaigns.local.Infra;

/** Test access to the JVM-wide broker of {@link Infra}: produce raw records and consume topics as bytes. */
public final class TestKafka {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static KafkaCompanion companion;

    private TestKafka() {
    }

    /** One companion per test JVM, closed with the infrastructure at JVM exit. */
    public static synchronized KafkaCompanion companion() {
        if (companion == null) {
            KafkaCompanion created = new KafkaCompanion(Infra.get().kafkaBootstrap());
            Runtime.getRuntime().addShutdownHook(new Thread(created::close, "test-kafka-close"));
            companion = created;
        }
        return companion;
    }

    /** Produces one record with a string key and raw bytes, waiting for the broker's ack. */
    public static void send(String topic, String key, byte[] value) {
        companion().produce(Serdes.String(), Serdes.ByteArray())
                .fromRecords(new ProducerRecord<>(topic, key, value))
                .awaitCompletion(SEND_TIMEOUT);
    }

    /** Starts consuming a topic from the beginning; stop the task when done. */
    public static ConsumerTask<String, byte[]> consume(String topic) {
        return companion().consume(Serdes.String(), Serdes.ByteArray()).fromTopics(topic);
    }
}
