package io.voxcampaigns.events.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.voxcampaigns.events.EventCatalog;
import io.voxcampaigns.events.EventFixtures;
import io.voxcampaigns.events.RecordFields;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.events.task.TaskItem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecRoundTripTest {

    static Stream<Named<SpecificRecord>> events() {
        return EventFixtures.all().stream().map(event -> Named.of(event.getSchema().getName(), event));
    }

    @Test
    void fixturesCoverEveryCataloguedEvent() {
        assertThat(EventFixtures.all()).extracting(Object::getClass)
                .containsExactlyElementsOf(EventCatalog.all());
    }

    @ParameterizedTest
    @MethodSource("events")
    void fullyPopulatedEventSurvivesTheRoundTrip(SpecificRecord event) {
        RecordFields.assertFullyPopulated(event);

        byte[] bytes = EventCodec.encode(event);

        assertThat(EventCodec.decode(bytes)).isExactlyInstanceOf(event.getClass()).isEqualTo(event);
        assertThat(EventCodec.decode(bytes, event.getClass())).isEqualTo(event);
    }

    @Test
    void stringsDecodeAsJavaStringsNotUtf8() {
        TaskBatch decoded = EventCodec.decode(EventCodec.encode(EventFixtures.taskBatch()), TaskBatch.class);
        TaskItem task = decoded.getTasks().get(0);

        assertThat(decoded.get(0)).isExactlyInstanceOf(String.class);
        assertThat(task.get(1)).isExactlyInstanceOf(String.class);
        assertThat(task.getDynamicVariables()).allSatisfy((key, value) -> {
            assertThat((Object) key).isExactlyInstanceOf(String.class);
            assertThat((Object) value).isExactlyInstanceOf(String.class);
        });
    }

    @ParameterizedTest
    @MethodSource("events")
    void eventWithOptionalFieldsUnsetSurvivesTheRoundTrip(SpecificRecord event) {
        SpecificRecord sparse = RecordFields.withOptionalsUnset(event);
        if (RecordFields.hasOptionals(event.getSchema())) {
            assertThat(sparse).isNotEqualTo(event);
        }

        assertThat(EventCodec.decode(EventCodec.encode(sparse))).isEqualTo(sparse);
    }

    @ParameterizedTest
    @MethodSource("events")
    void bytesStartWithMarkerThenLittleEndianSchemaFingerprint(SpecificRecord event) {
        byte[] bytes = EventCodec.encode(event);
        byte[] fingerprint = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(SchemaNormalization.parsingFingerprint64(event.getSchema())).array();

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(Arrays.copyOfRange(bytes, 2, 10)).isEqualTo(fingerprint);
        assertThat(bytes.length).isGreaterThan(10);
    }
}
