package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.serde.EventCodec;

/** The subscriber's decoder reads what the services write, knowing only the .avsc files. */
class SchemaOnlyDecoderTest {

    private static final SchemaOnlyDecoder DECODER = SchemaOnlyDecoder.fromDirectory(
            Stack.repositoryRoot().resolve("schemas").resolve("src").resolve("main").resolve("avro"));

    @Test
    void decodesTheServicesEncodingWithTheSchemasAlone() {
        CallStarted started = CallStarted.newBuilder().setEventId("e-1").setOccurredAt(Instant.ofEpochMilli(1000))
                .setOrganizationId("org").setCampaignId("c-1").setCallId("call-1").setTaskId("t-1")
                .setAttemptId("a-1").setToNumber("01012345678").setFromNumber("0260001000").setAgentId("ag-1")
                .setAgentVersion("v1").setStartedAt(Instant.ofEpochMilli(900)).build();

        GenericRecord record = DECODER.decode(EventCodec.encode(started));

        assertThat(record).isNotNull();
        assertThat(record.getSchema().getFullName()).isEqualTo("io.voxcampaigns.events.call.CallStarted");
        assertThat(record.get("event_id")).hasToString("e-1");
        assertThat(record.get("call_id")).hasToString("call-1");
        assertThat(record.get("started_at")).isEqualTo(900L);
    }

    @Test
    void knowsEverySchemaAndRefusesGarbage() {
        assertThat(DECODER.schemas()).isGreaterThanOrEqualTo(19);
        assertThat(DECODER.decode("not avro".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(DECODER.decode(new byte[] {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 9})).isNull();
    }
}
