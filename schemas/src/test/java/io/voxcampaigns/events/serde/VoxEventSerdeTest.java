package io.voxcampaigns.events.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voxcampaigns.events.EventCatalog;
import io.voxcampaigns.events.EventFixtures;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VoxEventSerdeTest {

    /** Instantiated the way Kafka does from a configured class name: through the public no-arg constructor. */
    private final Serializer<SpecificRecord> serializer = Utils.newInstance(VoxEventSerializer.class);
    private final Deserializer<SpecificRecord> deserializer = Utils.newInstance(VoxEventDeserializer.class);

    static Stream<Named<SpecificRecord>> events() {
        return EventFixtures.all().stream().map(event -> Named.of(event.getSchema().getName(), event));
    }

    @ParameterizedTest
    @MethodSource("events")
    void roundTripThroughTheKafkaInterfaces(SpecificRecord event) {
        String topic = EventCatalog.topicOf(event.getClass());
        serializer.configure(Map.of(), false);
        deserializer.configure(Map.of(), false);

        byte[] bytes = serializer.serialize(topic, event);

        assertThat(bytes).isEqualTo(EventCodec.encode(event));
        assertThat(deserializer.deserialize(topic, bytes)).isEqualTo(event);
        assertThat(deserializer.deserialize(topic, new RecordHeaders(), bytes)).isEqualTo(event);
        assertThat(deserializer.deserialize(topic, new RecordHeaders(), ByteBuffer.wrap(bytes))).isEqualTo(event);
        serializer.close();
        deserializer.close();
    }

    @Test
    void nullIsPassedThroughAsKafkaExpects() {
        assertThat(serializer.serialize("call.events", null)).isNull();
        assertThat(deserializer.deserialize("call.events", null)).isNull();
    }

    @Test
    void badBytesThrowSoTheRecordCanBeDeadLettered() {
        assertThatThrownBy(() -> deserializer.deserialize("call.events", new byte[] {0x7B, 0x7D}))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("missing C3 01 marker");
    }
}
