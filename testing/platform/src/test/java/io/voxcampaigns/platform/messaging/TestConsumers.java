package io.voxcampaigns.platform.messaging;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.outbox.EventKeys;

/**
 * The test application's two consumers, built like the services' on {@link IdempotentConsumer}: each applied event
 * becomes a row of applied_event in the transaction that records its id. An event of {@link #INVALID_ORGANISATION}
 * is refused as invalid, as a service refuses an event naming a campaign it does not have.
 */
@ApplicationScoped
public class TestConsumers {

    public static final String SINGLE = "platform-tests.single-records";
    public static final String BATCHES = "platform-tests.record-batches";
    public static final String INVALID_ORGANISATION = "invalid-organisation";

    private static final String INSERT = """
            insert into applied_event (consumer, event_id, record_key)
            select :consumer, e.event_id, e.record_key
            from unnest(cast(:eventIds as uuid[]), cast(:keys as text[])) as e(event_id, record_key)
            """;

    private final IdempotentConsumer consumer;
    /** The event ids of each poll the batch consumer received (records that decode). */
    private final List<List<UUID>> polls = new CopyOnWriteArrayList<>();
    /** The events handed to the batch consumer's handler, one list per call (attempts included). */
    private final List<List<UUID>> batchHandlerCalls = new CopyOnWriteArrayList<>();

    TestConsumers(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("single-records")
    Uni<Void> onRecord(byte[] payload) {
        return consumer.apply(SINGLE, payload, event -> record(SINGLE, List.of(event)));
    }

    @Incoming("record-batches")
    Uni<Void> onBatch(KafkaRecordBatch<String, byte[]> batch) {
        polls.add(TestEvents.eventIdsOf(batch.getRecords().stream().map(record -> record.getPayload()).toList()));
        return consumer.applyBatch(BATCHES, batch, events -> {
            batchHandlerCalls.add(events.stream().map(TestConsumers::eventId).toList());
            return record(BATCHES, events);
        });
    }

    public List<List<UUID>> polls() {
        return polls;
    }

    public List<List<UUID>> batchHandlerCalls() {
        return batchHandlerCalls;
    }

    /**
     * Records the events, waiting at most 300 ms for a lock: a test holding one on applied_event makes the apply fail
     * as a lock timeout, a transient failure of the database.
     */
    private static Uni<Void> record(String name, List<SpecificRecord> events) {
        for (SpecificRecord event : events) {
            if (INVALID_ORGANISATION.equals(EventCodec.organizationId(event))) {
                return Uni.createFrom().failure(new UnprocessableEventException(
                        EventCodec.eventType(event) + " " + EventCodec.eventId(event) + " names an unknown organisation"));
            }
        }
        UUID[] ids = events.stream().map(TestConsumers::eventId).toArray(UUID[]::new);
        String[] keys = events.stream().map(EventKeys::of).toArray(String[]::new);
        return Panache.getSession().chain(session -> session.createNativeQuery("set local lock_timeout = '300ms'")
                .executeUpdate()
                .chain(() -> session.createNativeQuery(INSERT)
                        .setParameter("consumer", name)
                        .setParameter("eventIds", ids)
                        .setParameter("keys", keys)
                        .executeUpdate()))
                .replaceWithVoid();
    }

    private static UUID eventId(SpecificRecord event) {
        return UUID.fromString(EventCodec.eventId(event));
    }
}
