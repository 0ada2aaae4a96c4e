package io.voxcampaigns.events.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voxcampaigns.events.EventFixtures;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.common.CallSettings;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventMetadataTest {

    static Stream<Named<SpecificRecord>> events() {
        return EventFixtures.all().stream().map(event -> Named.of(event.getSchema().getName(), event));
    }

    @ParameterizedTest
    @MethodSource("events")
    void commonFieldsAreReadFromEveryEvent(SpecificRecord event) {
        assertThat(EventCodec.eventId(event)).startsWith("e-");
        assertThat(EventCodec.occurredAt(event)).isEqualTo(EventFixtures.OCCURRED_AT);
        assertThat(EventCodec.organizationId(event)).isEqualTo(EventFixtures.ORGANIZATION_ID);
        assertThat(EventCodec.eventType(event)).isEqualTo(event.getClass().getName());
    }

    @Test
    void namesTheConcreteValues() {
        CallEnded event = EventFixtures.callEnded();

        assertThat(EventCodec.eventId(event)).isEqualTo("e-call-ended");
        assertThat(EventCodec.eventType(event)).isEqualTo("io.voxcampaigns.events.call.CallEnded");
    }

    @Test
    void aRecordWithoutTheFieldIsRejected() {
        CallSettings notAnEvent =
                CallSettings.newBuilder().setRingDurationSeconds(30).setCallTimeoutSeconds(60).build();

        assertThatThrownBy(() -> EventCodec.eventId(notAnEvent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("io.voxcampaigns.events.common.CallSettings has no field event_id");
    }
}
