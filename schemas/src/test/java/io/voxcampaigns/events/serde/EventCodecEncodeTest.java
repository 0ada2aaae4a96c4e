package io.voxcampaigns.events.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voxcampaigns.events.EventFixtures;
import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.common.CallSettings;
import org.junit.jupiter.api.Test;

class EventCodecEncodeTest {

    @Test
    void rejectsARecordThatIsNotAnEvent() {
        CallSettings notAnEvent =
                CallSettings.newBuilder().setRingDurationSeconds(30).setCallTimeoutSeconds(60).build();

        assertThatThrownBy(() -> EventCodec.encode(notAnEvent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CallSettings.class.getName())
                .hasMessageContaining("EventCatalog");
    }

    @Test
    void rejectsAnEventWithARequiredFieldMissing() {
        AgentCreated incomplete = EventFixtures.agentCreated();
        incomplete.setEventId(null);

        assertThatThrownBy(() -> EventCodec.encode(incomplete))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot encode " + AgentCreated.class.getName());
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> EventCodec.encode(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("record");
    }

    @Test
    void equalEventsEncodeToEqualBytes() {
        assertThat(EventCodec.encode(EventFixtures.callEnded()))
                .isEqualTo(EventCodec.encode(EventFixtures.callEnded()));
    }
}
