package io.voxcampaigns.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Adds events to the outbox inside the caller's current transaction, so an event exists exactly when the state
 * change that implies it was committed. An insert trigger wakes the relay (NOTIFY is delivered on commit).
 */
@ApplicationScoped
public class OutboxWriter {

    /**
     * Several rows in one statement whose columns travel as arrays; {@code with ordinality} + {@code order by} keeps
     * the identity ids (the relay's order) in list order. Payloads travel as base64 text: a {@code bytea[]}
     * parameter has no portable binding through the Hibernate session.
     */
    private static final String INSERT_ALL = """
            insert into outbox_event (event_id, topic, record_key, event_type, payload, created_at)
            select e.event_id, e.topic, e.record_key, e.event_type, decode(e.payload, 'base64'), :at
            from unnest(cast(:ids as uuid[]), cast(:topics as text[]), cast(:keys as text[]), cast(:types as text[]),
                        cast(:payloads as text[]))
                with ordinality as e(event_id, topic, record_key, event_type, payload, position)
            order by e.position
            """;

    private final Clock clock;

    OutboxWriter(Clock clock) {
        this.clock = clock;
    }

    /** Appends one event; call inside {@code Panache.withTransaction} / {@code @WithTransaction}. */
    public Uni<Void> append(SpecificRecord event) {
        return Panache.getSession().chain(session -> session.persist(OutboxEvent.of(event, clock.instant())));
    }

    /**
     * Appends events in order, in one statement (200 TaskBatch rows of a 100,000-task campaign were 200 round trips);
     * their relative order is kept on the topic.
     */
    public Uni<Void> appendAll(List<? extends SpecificRecord> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (events.size() == 1) {
            return append(events.get(0));
        }
        int size = events.size();
        UUID[] ids = new UUID[size];
        String[] topics = new String[size];
        String[] keys = new String[size];
        String[] types = new String[size];
        String[] payloads = new String[size];
        Base64.Encoder base64 = Base64.getEncoder();
        Instant at = clock.instant();
        for (int i = 0; i < size; i++) {
            OutboxEvent row = OutboxEvent.of(events.get(i), at);
            ids[i] = row.eventId;
            topics[i] = row.topic;
            keys[i] = row.recordKey;
            types[i] = row.eventType;
            payloads[i] = base64.encodeToString(row.payload);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_ALL)
                .setParameter("ids", ids)
                .setParameter("topics", topics)
                .setParameter("keys", keys)
                .setParameter("types", types)
                .setParameter("payloads", payloads)
                .setParameter("at", at)
                .executeUpdate()
                .replaceWithVoid());
    }
}
