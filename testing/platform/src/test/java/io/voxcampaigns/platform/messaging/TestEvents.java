package io.voxcampaigns.platform.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;

import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.common.PausedBy;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.events.serde.EventDecodingException;
import io.voxcampaigns.testing.support.TestKafka;

/** Events for the test consumers' topics, produced as the relay produces them (key: the campaign id). */
final class TestEvents {

    static final String SINGLE_TOPIC = "platform-tests.single-records";
    static final String BATCH_TOPIC = "platform-tests.record-batches";

    private TestEvents() {
    }

    /** A valid event of {@code organisation}; {@link TestConsumers#INVALID_ORGANISATION} makes it invalid. */
    static CampaignPaused paused(String campaignId, String organisation) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return CampaignPaused.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(now)
                .setOrganizationId(organisation)
                .setCampaignId(campaignId)
                .setPausedBy(PausedBy.user)
                .setPausedAt(now)
                .build();
    }

    /** {@code count} valid events of one campaign, in order. */
    static List<SpecificRecord> paused(String campaignId, String organisation, int count) {
        List<SpecificRecord> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(paused(campaignId, organisation));
        }
        return events;
    }

    /** Produces the records in one go (so that a consumer likely gets them in one poll) and waits for the acks. */
    static void send(String topic, String key, List<byte[]> values) {
        List<ProducerRecord<String, byte[]>> records = values.stream()
                .map(value -> new ProducerRecord<>(topic, key, value)).toList();
        TestKafka.companion().produce(Serdes.String(), Serdes.ByteArray()).fromRecords(records)
                .awaitCompletion();
    }

    static List<byte[]> encoded(List<SpecificRecord> events) {
        return events.stream().map(EventCodec::encode).toList();
    }

    static UUID eventId(SpecificRecord event) {
        return UUID.fromString(EventCodec.eventId(event));
    }

    static List<UUID> eventIds(List<SpecificRecord> events) {
        return events.stream().map(TestEvents::eventId).toList();
    }

    /** The event ids of the payloads that decode, in order. */
    static List<UUID> eventIdsOf(List<byte[]> payloads) {
        List<UUID> ids = new ArrayList<>();
        for (byte[] payload : payloads) {
            try {
                ids.add(eventId(EventCodec.decode(payload)));
            } catch (EventDecodingException e) {
                // a poison record of a test: not an event
            }
        }
        return ids;
    }
}
