package io.voxcampaigns.campaign.api;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.events.suppression.SuppressionsChanged;
import io.voxcampaigns.testing.support.TestKafka;

/** Reads what the service published on suppression.events for one organisation, from the broker itself. */
final class SuppressionLog {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private SuppressionLog() {
    }

    /** Waits until the organisation's records (in topic order) satisfy {@code done}; returns them. */
    static List<SuppressionsChanged> published(String org, Predicate<List<SuppressionsChanged>> done) {
        ConsumerTask<String, byte[]> task = TestKafka.consume(Topics.SUPPRESSION_EVENTS);
        try {
            await().atMost(WAIT).until(() -> done.test(of(task, org)));
            return of(task, org);
        } finally {
            task.close();
        }
    }

    /** Every number the records added, in order. */
    static List<String> added(List<SuppressionsChanged> records) {
        return records.stream().flatMap(r -> r.getAdded().stream()).toList();
    }

    private static List<SuppressionsChanged> of(ConsumerTask<String, byte[]> task, String org) {
        return task.getRecords().stream()
                .filter(r -> org.equals(r.key()))
                .map(r -> EventCodec.decode(r.value(), SuppressionsChanged.class))
                .toList();
    }
}
