package io.voxcampaigns.events.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voxcampaigns.events.EventFixtures;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.common.CampaignStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

/** A writer schema older than the current one (paused_by, failure_reason and finished_at missing) is still read. */
class OlderWriterSchemaTest {

    private static final String OLDER_DIRECTORY = "older-writers";

    private final SchemaHistory olderHistory = SchemaHistory.load(getClass().getClassLoader(), OLDER_DIRECTORY);
    private final Schema olderWriter = olderHistory.versionsOf(CampaignStatusChanged.getClassSchema().getFullName())
            .get(0);

    @Test
    void theHandMadeWriterIsGenuinelyOlder() {
        assertThat(olderWriter.getFields()).extracting(Schema.Field::name).doesNotContain(
                "paused_by", "failure_reason", "finished_at");
        assertThat(SchemaNormalization.parsingFingerprint64(olderWriter))
                .isNotEqualTo(SchemaNormalization.parsingFingerprint64(CampaignStatusChanged.getClassSchema()));
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(CampaignStatusChanged.getClassSchema(),
                olderWriter).getType()).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void bytesOfTheOlderWriterDecodeIntoTheCurrentClassWithDefaults() throws IOException {
        EventDecoders decoders = new EventDecoders(olderHistory);
        byte[] bytes = writeWithOlderSchema();

        CampaignStatusChanged decoded = (CampaignStatusChanged) decoders.decode(bytes);

        assertThat(decoded.get(0)).isEqualTo("e-older").isExactlyInstanceOf(String.class);
        assertThat(decoded.getOccurredAt()).isEqualTo(EventFixtures.OCCURRED_AT);
        assertThat(decoded.getOrganizationId()).isEqualTo(EventFixtures.ORGANIZATION_ID);
        assertThat(decoded.getCampaignId()).isEqualTo(EventFixtures.CAMPAIGN_ID);
        assertThat(decoded.getPreviousStatus()).isEqualTo(CampaignStatus.ongoing);
        assertThat(decoded.getStatus()).isEqualTo(CampaignStatus.success);
        assertThat(decoded.getPausedBy()).isNull();
        assertThat(decoded.getFailureReason()).isNull();
        assertThat(decoded.getFinishedAt()).isNull();
        assertThat(decoders.decode(bytes, CampaignStatusChanged.class)).isEqualTo(decoded);
    }

    @Test
    void decodersWithTheOlderWriterStillReadCurrentBytes() {
        EventDecoders decoders = new EventDecoders(olderHistory);
        CampaignStatusChanged current = EventFixtures.campaignStatusChanged();

        assertThat(decoders.decode(EventCodec.encode(current))).isEqualTo(current);
    }

    @Test
    void theReleasedHistoryDoesNotKnowTheHandMadeWriter() throws IOException {
        byte[] bytes = writeWithOlderSchema();
        String fingerprint = EventDecoders.hex(SchemaNormalization.parsingFingerprint64(olderWriter));

        assertThatThrownBy(() -> EventCodec.decode(bytes))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageStartingWith("unknown schema fingerprint " + fingerprint);
    }

    @Test
    void theTestHistoryListsOnlyTheHandMadeWriter() {
        assertThat(olderHistory.byFile().keySet()).isEqualTo(Set.of("CampaignStatusChanged-v0.avsc"));
        assertThat(olderHistory.versionsOf("io.voxcampaigns.events.call.CallEnded")).isEqualTo(List.of());
    }

    private byte[] writeWithOlderSchema() throws IOException {
        Schema status = olderWriter.getField("status").schema();
        GenericRecord older = new GenericRecordBuilder(olderWriter)
                .set("event_id", "e-older")
                .set("occurred_at", EventFixtures.OCCURRED_AT.toEpochMilli())
                .set("organization_id", EventFixtures.ORGANIZATION_ID)
                .set("campaign_id", EventFixtures.CAMPAIGN_ID)
                .set("previous_status", new GenericData.EnumSymbol(status, "ongoing"))
                .set("status", new GenericData.EnumSymbol(status, "success"))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), olderWriter).encode(older, out);
        return out.toByteArray();
    }
}
