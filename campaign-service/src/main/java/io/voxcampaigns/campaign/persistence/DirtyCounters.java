package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Campaigns whose counters changed since their last CampaignCountersChanged. The rows are locked in id order, waiting
 * for a call event being applied to one of them (a few milliseconds) rather than skipping it: under a steady stream
 * of calls the row is locked most of the time, and skipping would starve the flush. A second flusher that waited
 * finds the row clean when it gets the lock (PostgreSQL re-checks the condition), so nothing is published twice.
 */
@ApplicationScoped
public class DirtyCounters {

    private static final String LOCK_DUE = """
            select id, organization_id, total_calls, completed_calls, failed_calls, active_concurrency
            from campaign
            where counters_dirty and (counters_published_at is null or counters_published_at <= :cutoff)
            order by id limit :limit
            for update
            """;
    private static final String MARK_PUBLISHED = """
            update campaign set counters_dirty = false, counters_published_at = :at where id in (:ids)
            """;

    /** A campaign's counters as they stand, to publish. */
    public record Due(UUID campaignId, String organizationId, int total, int completed, int failed, int active) {
    }

    /** Locks up to {@code limit} dirty campaigns last published at or before {@code cutoff} (or never). */
    public Uni<List<Due>> lockDue(Instant cutoff, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK_DUE, Object[].class)
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .getResultList()
                .map(rows -> rows.stream().map(DirtyCounters::due).toList()));
    }

    public Uni<Void> markPublished(List<UUID> campaignIds, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(MARK_PUBLISHED)
                .setParameter("at", at)
                .setParameter("ids", campaignIds)
                .executeUpdate()
                .replaceWithVoid());
    }

    private static Due due(Object[] row) {
        return new Due((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                ((Number) row[4]).intValue(), ((Number) row[5]).intValue());
    }
}
