package io.voxcampaigns.events.serde;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voxcampaigns.events.EventFixtures;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.campaign.CampaignResumed;
import io.voxcampaigns.events.common.AgentSnapshot;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventCodecBadInputTest {

    private static byte[] callStarted() {
        return EventCodec.encode(EventFixtures.callStarted());
    }

    @Test
    void nullBytes() {
        assertThatThrownBy(() -> EventCodec.decode(null))
                .isInstanceOf(EventDecodingException.class)
                .hasMessage("not Avro single-object encoded: no bytes (null)");
    }

    @Test
    void emptyArray() {
        assertThatThrownBy(() -> EventCodec.decode(new byte[0]))
                .isInstanceOf(EventDecodingException.class)
                .hasMessage("not Avro single-object encoded: empty (0 bytes)");
    }

    @Test
    void wrongMarker() {
        byte[] bytes = callStarted();
        bytes[0] = (byte) 0xC4;

        assertThatThrownBy(() -> EventCodec.decode(bytes))
                .isInstanceOf(EventDecodingException.class)
                .hasMessage("not Avro single-object encoded: missing C3 01 marker (starts with C4 01)");
    }

    @Test
    void confluentFramingIsNotMistakenForAnEvent() {
        byte[] confluent = {0x00, 0x00, 0x00, 0x00, 0x2A, 0x02, 0x41};

        assertThatThrownBy(() -> EventCodec.decode(confluent))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("missing C3 01 marker (starts with 00 00)");
    }

    @Test
    void truncatedHeader() {
        byte[] bytes = Arrays.copyOf(callStarted(), 6);

        assertThatThrownBy(() -> EventCodec.decode(bytes))
                .isInstanceOf(EventDecodingException.class)
                .hasMessage("not Avro single-object encoded: header truncated (6 of 10 bytes)");
    }

    @Test
    void unknownFingerprint() {
        byte[] bytes = callStarted();
        long unknown = 0x0123456789ABCDEFL;
        ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(unknown);

        assertThatThrownBy(() -> EventCodec.decode(bytes))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageStartingWith("unknown schema fingerprint 0x0123456789ABCDEF");
        assertThatThrownBy(() -> EventCodec.decode(bytes, CallStarted.class))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageStartingWith("unknown schema fingerprint 0x0123456789ABCDEF");
    }

    @Test
    void truncatedDatum() {
        byte[] full = callStarted();
        byte[] bytes = Arrays.copyOf(full, full.length - 3);

        assertThatThrownBy(() -> EventCodec.decode(bytes))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageStartingWith("truncated or corrupt " + CallStarted.class.getName() + " datum");
    }

    @Test
    void headerWithoutDatum() {
        byte[] bytes = Arrays.copyOf(callStarted(), 10);

        assertThatThrownBy(() -> EventCodec.decode(bytes))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageStartingWith("truncated or corrupt " + CallStarted.class.getName() + " datum");
    }

    @Test
    void corruptEnumIndex() {
        byte[] bytes = EventCodec.encode(EventFixtures.campaignResumed());
        bytes[bytes.length - 1] = 0x7E;

        assertThatThrownBy(() -> EventCodec.decode(bytes))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageStartingWith("truncated or corrupt " + CampaignResumed.class.getName() + " datum");
    }

    @Test
    void bytesOfAnotherEventThanExpected() {
        assertThatThrownBy(() -> EventCodec.decode(callStarted(), CallEnded.class))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageStartingWith("expected " + CallEnded.class.getName() + " but the bytes hold "
                        + CallStarted.class.getName());
    }

    @Test
    void expectedTypeThatIsNotAnEvent() {
        assertThatThrownBy(() -> EventCodec.decode(callStarted(), AgentSnapshot.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(AgentSnapshot.class.getName());
    }
}
