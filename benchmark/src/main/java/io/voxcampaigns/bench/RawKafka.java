package io.voxcampaigns.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Raw broker capacity with the Java client: one producer (acks=all, the services' setting) writes 1 KiB records
 * to a scratch topic as fast as it can, then one consumer reads them back. The topic is deleted afterwards.
 */
final class RawKafka {

    static final int RECORDS = 300_000;
    static final int RECORD_BYTES = 1024;

    private final String bootstrap;

    RawKafka(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    void measure(Report report) throws Exception {
        String topic = "bench.raw." + System.currentTimeMillis();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            } catch (ExecutionException e) {
                // a retried create (slow broker) finds the topic its first attempt made
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            try {
                double produced = produce(topic);
                report.info("Kafka producer (raw, 1 KiB records, acks=all)", rate(produced));
                double consumed = consume(topic);
                report.info("Kafka consumer (raw, 1 KiB records)", rate(consumed));
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f msgs/s, %.1f MB/s", perSecond, perSecond * RECORD_BYTES / 1e6);
    }

    private double produce(String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        byte[] payload = new byte[RECORD_BYTES];
        ThreadLocalRandom.current().nextBytes(payload);
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            long begin = System.nanoTime();
            for (int i = 0; i < RECORDS; i++) {
                producer.send(new ProducerRecord<>(topic, payload));
            }
            producer.flush();
            return RECORDS / ((System.nanoTime() - begin) / 1e9);
        }
    }

    private double consume(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long begin = System.nanoTime();
            int read = 0;
            while (read < RECORDS) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                read += records.count();
                if (System.nanoTime() - begin > Duration.ofMinutes(2).toNanos()) {
                    throw new IllegalStateException("read only " + read + " of " + RECORDS + " records in 2 min");
                }
            }
            return read / ((System.nanoTime() - begin) / 1e9);
        }
    }
}
