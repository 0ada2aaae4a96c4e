package io.voxcampaigns.platform.outbox;

import java.util.List;

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

    /** Appends one event; call inside {@code Panache.withTransaction} / {@code @WithTransaction}. */
    public Uni<Void> append(SpecificRecord event) {
        return Panache.getSession().chain(session -> session.persist(OutboxEvent.of(event)));
    }

    /** Appends events in order; their relative order is kept on the topic. */
    public Uni<Void> appendAll(List<? extends SpecificRecord> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SpecificRecord event : events) {
            chain = chain.chain(() -> append(event));
        }
        return chain;
    }
}
