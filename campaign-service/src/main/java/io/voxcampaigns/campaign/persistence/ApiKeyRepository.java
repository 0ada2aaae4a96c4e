package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.paging.Keyset;
import io.voxcampaigns.platform.paging.PageRequest;

/** Organisations' API keys issued through the API, always scoped to one organisation. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    private static final String OF_ORGANIZATION = "organizationId = :org";

    /** A page of the organisation's keys, revoked and expired ones included, keyed by (created_at, key_id). */
    public Uni<List<ApiKey>> page(String organizationId, PageRequest request) {
        return find(OF_ORGANIZATION + Keyset.after(request) + Keyset.orderBy(request),
                Keyset.bind(request, Parameters.with("org", organizationId)))
                .range(0, request.limit()).list();
    }

    public Uni<Long> count(String organizationId) {
        return count(OF_ORGANIZATION, Parameters.with("org", organizationId));
    }

    /** The organisation's key; null when it has no such key. */
    public Uni<ApiKey> findInOrganization(String organizationId, UUID id) {
        return find(OF_ORGANIZATION + " and id = :id", Parameters.with("org", organizationId).and("id", id))
                .firstResult();
    }

    /** Moves the key's last use to {@code at} unless a later one is known; a key without a row is left alone. */
    public Uni<Void> used(String organizationId, UUID id, Instant at) {
        return update("lastUsedAt = :at where " + OF_ORGANIZATION
                        + " and id = :id and (lastUsedAt is null or lastUsedAt < :at)",
                Parameters.with("at", at).and("org", organizationId).and("id", id))
                .replaceWithVoid();
    }

    /**
     * Marks the organisation's key revoked at {@code now} unless it was already; answers whether this call revoked
     * it. The row lock of the update makes a concurrent second revocation wait and then find it revoked.
     */
    public Uni<Boolean> revoke(String organizationId, UUID id, Instant now) {
        return update("revokedAt = :now where " + OF_ORGANIZATION + " and id = :id and revokedAt is null",
                Parameters.with("now", now).and("org", organizationId).and("id", id))
                .map(updated -> updated > 0);
    }
}
