package io.voxcampaigns.platform.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The processed-event table: records that a consumer applied an event, in the transaction that applies it. */
@ApplicationScoped
public class ProcessedEvents {

    private static final String INSERT = "insert into processed_event (consumer, event_id, processed_at) "
            + "values (:consumer, :eventId, now()) on conflict do nothing";

    /** True the first time (consumer, eventId) is recorded in the current transaction's view; false for a duplicate. */
    public Uni<Boolean> markProcessed(String consumer, String eventId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("consumer", consumer)
                .setParameter("eventId", UUID.fromString(eventId))
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }
}
