package io.voxcampaigns.testing.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.audit.AuditEventRecorded;
import io.voxcampaigns.events.serde.EventCodec;

/** Reads an organisation's audit events back from audit.events (keyed by organisation id), in topic order. */
public final class AuditTrailLog {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private AuditTrailLog() {
    }

    /**
     * Waits until the topic holds at least {@code count} of the organisation's audit events, then a little longer so
     * that an extra one (a duplicate) would show too, and returns them all in order.
     */
    public static List<AuditEventRecorded> read(String organizationId, int count) {
        ConsumerTask<String, byte[]> consumer = TestKafka.consume(Topics.AUDIT_EVENTS);
        try {
            await().atMost(WAIT).until(() -> of(consumer, organizationId).size() >= count);
            await().pollDelay(SETTLE).atMost(SETTLE.multipliedBy(2)).until(() -> true);
            return of(consumer, organizationId);
        } finally {
            consumer.stop();
        }
    }

    private static List<AuditEventRecorded> of(ConsumerTask<String, byte[]> consumer, String organizationId) {
        List<AuditEventRecorded> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.getRecords()) {
            if (organizationId.equals(record.key())) {
                events.add(EventCodec.decode(record.value(), AuditEventRecorded.class));
            }
        }
        return events;
    }
}
