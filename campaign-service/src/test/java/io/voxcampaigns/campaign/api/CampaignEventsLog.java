package io.voxcampaigns.campaign.api;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.TestKafka;

/** Reads what the service published on campaign.events for one campaign, from the broker itself. */
final class CampaignEventsLog {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private CampaignEventsLog() {
    }

    /** Waits until at least {@code count} events of the type were published for the campaign; returns them all. */
    static <T extends SpecificRecord> List<T> published(String campaignId, Class<T> type, int count) {
        ConsumerTask<String, byte[]> task = TestKafka.consume(Topics.CAMPAIGN_EVENTS);
        try {
            await().atMost(WAIT).until(() -> of(task, campaignId, type).size() >= count);
            return of(task, campaignId, type);
        } finally {
            task.close();
        }
    }

    /** Waits until the latest event of the type published for the campaign satisfies {@code condition}. */
    static <T extends SpecificRecord> T latest(String campaignId, Class<T> type, Predicate<T> condition) {
        ConsumerTask<String, byte[]> task = TestKafka.consume(Topics.CAMPAIGN_EVENTS);
        try {
            await().atMost(WAIT).until(() -> {
                List<T> events = of(task, campaignId, type);
                return !events.isEmpty() && condition.test(events.get(events.size() - 1));
            });
            List<T> events = of(task, campaignId, type);
            return events.get(events.size() - 1);
        } finally {
            task.close();
        }
    }

    private static <T extends SpecificRecord> List<T> of(ConsumerTask<String, byte[]> task, String campaignId,
                                                         Class<T> type) {
        // A generated record class is named exactly like its schema, which is what the event_type header carries.
        String typeName = type.getName();
        return task.getRecords().stream()
                .filter(r -> campaignId.equals(r.key()))
                .filter(r -> typeName.equals(header(r, "event_type")))
                .map(r -> EventCodec.decode(r.value(), type))
                .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value());
    }
}
