package io.voxcampaigns.platform.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The processed-event table: records that a consumer applied an event, in the transaction that applies it. */
@ApplicationScoped
public class ProcessedEvents {

    /** Records many ids in one statement; answers the ones recorded now (the others were applied before). */
    private static final String INSERT_ALL = """
            with inserted as (
                insert into processed_event (consumer, event_id, processed_at)
                select :consumer, e.event_id, now() from unnest(cast(:eventIds as uuid[])) as e(event_id)
                on conflict do nothing
                returning event_id)
            select event_id from inserted
            """;

    /**
     * Records every id (distinct) in one statement of the current transaction; answers those seen for the first time.
     */
    public Uni<Set<UUID>> markAllProcessed(String consumer, List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_ALL, UUID.class)
                .setParameter("consumer", consumer)
                .setParameter("eventIds", eventIds.toArray(UUID[]::new))
                .getResultList()
                .map(HashSet::new));
    }
}
