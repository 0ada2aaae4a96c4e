package io.voxcampaigns.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.reactive.messaging.providers.impl.ConnectorConfig;

/**
 * The consumer settings every incoming channel shares live once, at connector level, in the platform jar's
 * META-INF/microprofile-config.properties: a channel that declares only its topic, group and dead-letter topic sees
 * them, as the connector merges them (channel first, then connector).
 */
class KafkaChannelDefaultsTest {

    private static final Map<String, String> SHARED = Map.of(
            "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
            "value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer",
            "auto.offset.reset", "earliest",
            "enable.auto.commit", "false",
            "commit-strategy", "throttled",
            "failure-strategy", "dead-letter-queue",
            "dead-letter-queue.value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer",
            "throttled.unprocessed-record-max-age.ms", "0");

    @Test
    void aChannelDeclaringOnlyWhatDiffersSeesTheSharedConsumerSettings() {
        Config channel = channel(Map.of(
                "mp.messaging.incoming.orders.connector", "smallrye-kafka",
                "mp.messaging.incoming.orders.topic", "orders",
                "mp.messaging.incoming.orders.group.id", "service.orders",
                "mp.messaging.incoming.orders.dead-letter-queue.topic", "orders.dlq"));

        SHARED.forEach((attribute, value) -> assertThat(channel.getValue(attribute, String.class))
                .as(attribute).isEqualTo(value));
        assertThat(channel.getValue("topic", String.class)).isEqualTo("orders");
        assertThat(channel.getValue("group.id", String.class)).isEqualTo("service.orders");
        assertThat(channel.getValue("dead-letter-queue.topic", String.class)).isEqualTo("orders.dlq");
        assertThat(channel.getOptionalValue("batch", Boolean.class)).isEmpty();
    }

    @Test
    void whatAChannelSetsItselfWins() {
        Config channel = channel(Map.of(
                "mp.messaging.incoming.orders.connector", "smallrye-kafka",
                "mp.messaging.incoming.orders.batch", "true",
                "mp.messaging.incoming.orders.max.poll.records", "2000",
                "mp.messaging.incoming.orders.auto.offset.reset", "latest"));

        assertThat(channel.getValue("batch", Boolean.class)).isTrue();
        assertThat(channel.getValue("max.poll.records", Integer.class)).isEqualTo(2000);
        assertThat(channel.getValue("auto.offset.reset", String.class)).isEqualTo("latest");
        assertThat(channel.getValue("failure-strategy", String.class)).isEqualTo("dead-letter-queue");
    }

    /** The channel's view: a service's properties (ordinal 250) over the platform's defaults on the classpath. */
    private static Config channel(Map<String, String> service) {
        Config overall = new SmallRyeConfigBuilder().addDefaultSources()
                .withSources(new PropertiesConfigSource(service, "service application.properties", 250))
                .build();
        return new ConnectorConfig("mp.messaging.incoming.", overall, "smallrye-kafka", "orders") {
        };
    }
}
