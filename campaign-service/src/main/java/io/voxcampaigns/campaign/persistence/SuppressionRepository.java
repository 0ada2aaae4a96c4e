package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.SuppressionRules;
import io.voxcampaigns.platform.paging.Keyset;
import io.voxcampaigns.platform.paging.PageRequest;

/**
 * Organisations' suppression lists, always scoped to one organisation; a row past its expires_at counts as absent
 * in every read. Writes of one organisation are serialised by {@link #lockOrganization} (call it first in the
 * transaction), so its SuppressionsChanged records enter the outbox in commit order.
 */
@ApplicationScoped
public class SuppressionRepository implements PanacheRepositoryBase<Suppression, UUID> {

    /** The first key of the organisation's transaction-scoped advisory lock (the second is its id's hash). */
    private static final int LOCK_SPACE = 0x5355_5050;

    private static final String LOCK = "select count(*) from (select pg_advisory_xact_lock(:space, hashtext(:org))) l";

    private static final String IN_FORCE = " and (expiresAt is null or expiresAt > :now)";

    /**
     * A chunk of an import in one statement: new numbers are inserted, an expired row is replaced, a number in
     * force is left alone; answers the numbers added. The numbers must be distinct.
     */
    private static final String INSERT_CHUNK = """
            insert into suppression as s (organization_id, number, reason, source, expires_at, created_at, updated_at)
            select :org, u.number, u.reason, :source, cast(cast(:expires as text) as timestamptz), :now, :now
            from unnest(cast(:numbers as text[]), cast(:reasons as text[])) as u(number, reason)
            on conflict (organization_id, number) do update
            set reason = excluded.reason, source = excluded.source, expires_at = excluded.expires_at,
                created_at = excluded.created_at, updated_at = excluded.updated_at
            where s.expires_at is not null and s.expires_at <= :now
            returning s.number
            """;

    /**
     * A recipient's refusal: a new number is inserted without expiry; an expiring row in force keeps its reason,
     * source and created_at and stops expiring; an expired row is replaced. Answers the number if anything changed.
     */
    private static final String OPT_OUT = """
            insert into suppression as s (organization_id, number, reason, source, expires_at, created_at, updated_at)
            values (:org, :number, :reason, :source, null, :now, :now)
            on conflict (organization_id, number) do update
            set reason = case when s.expires_at <= :now then excluded.reason else s.reason end,
                source = case when s.expires_at <= :now then excluded.source else s.source end,
                created_at = case when s.expires_at <= :now then excluded.created_at else s.created_at end,
                expires_at = null, updated_at = excluded.updated_at
            where s.expires_at is not null
            returning s.number
            """;

    private static final String SUPPRESSED_QUEUED = """
            select count(*) from campaign_task t
            join suppression s on s.organization_id = t.organization_id and s.number = t.to_number
            where t.campaign_id = :campaign and t.status = 'QUEUED' and (s.expires_at is null or s.expires_at > :now)
            """;

    private static final String SUPPRESSED_AMONG = """
            select number from suppression
            where organization_id = :org and number = any(cast(:numbers as text[]))
              and (expires_at is null or expires_at > :now)
            """;

    /** Serialises the organisation's suppression writes until the transaction ends. */
    public Uni<Void> lockOrganization(String organizationId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK, Long.class)
                .setParameter("space", LOCK_SPACE).setParameter("org", organizationId)
                .getSingleResult().replaceWithVoid());
    }

    /** A page of the organisation's suppressions in force, of one number if given, keyed by (created_at, id). */
    public Uni<List<Suppression>> page(String organizationId, String number, Instant now, PageRequest request) {
        return find(where(number) + Keyset.after(request) + Keyset.orderBy(request),
                Keyset.bind(request, parameters(organizationId, number, now)))
                .range(0, request.limit()).list();
    }

    public Uni<Long> count(String organizationId, String number, Instant now) {
        return count(where(number), parameters(organizationId, number, now));
    }

    /** The organisation's row of the number, in force or not; null when it has none. */
    public Uni<Suppression> findRow(String organizationId, String number) {
        return find("organizationId = ?1 and number = ?2", organizationId, number).firstResult();
    }

    /** Deletes the number's suppression in force; answers whether there was one. */
    public Uni<Boolean> deleteInForce(String organizationId, String number, Instant now) {
        return delete("organizationId = :org and number = :number" + IN_FORCE,
                Parameters.with("org", organizationId).and("number", number).and("now", now))
                .map(deleted -> deleted > 0);
    }

    /** Stores a chunk of an import (distinct numbers, each with its reason or null); answers the numbers added. */
    public Uni<List<String>> insertChunk(String organizationId, List<String> numbers, List<String> reasons,
                                         String source, Instant expiresAt, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_CHUNK, String.class)
                .setParameter("org", organizationId)
                .setParameter("numbers", numbers.toArray(String[]::new))
                .setParameter("reasons", reasons.toArray(String[]::new))
                .setParameter("source", source)
                .setParameter("expires", expiresAt == null ? null : expiresAt.toString())
                .setParameter("now", now)
                .getResultList());
    }

    /** Suppresses the number for good after a recipient's refusal; answers whether anything changed. */
    public Uni<Boolean> optOut(String organizationId, String number, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(OPT_OUT, String.class)
                .setParameter("org", organizationId)
                .setParameter("number", number)
                .setParameter("reason", SuppressionRules.REASON_RECIPIENT_REFUSED)
                .setParameter("source", SuppressionRules.SOURCE_OPT_OUT)
                .setParameter("now", now)
                .getResultList()
                .map(changed -> !changed.isEmpty()));
    }

    /** How many of the campaign's queued tasks have a number suppressed at {@code now}. */
    public Uni<Long> countSuppressedQueued(UUID campaignId, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(SUPPRESSED_QUEUED, Long.class)
                .setParameter("campaign", campaignId).setParameter("now", now).getSingleResult());
    }

    /** Which of these numbers the organisation suppresses at {@code now}. */
    public Uni<Set<String>> suppressedAmong(String organizationId, Collection<String> numbers, Instant now) {
        if (numbers.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(SUPPRESSED_AMONG, String.class)
                .setParameter("org", organizationId)
                .setParameter("numbers", numbers.toArray(String[]::new))
                .setParameter("now", now)
                .getResultList()
                .map(HashSet::new));
    }

    private static String where(String number) {
        return "organizationId = :org" + (number == null ? "" : " and number = :number") + IN_FORCE;
    }

    private static Parameters parameters(String organizationId, String number, Instant now) {
        Parameters params = Parameters.with("org", organizationId).and("now", now);
        return number == null ? params : params.and("number", number);
    }
}
