package io.voxcampaigns.campaign.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.CampaignFilter;
import io.voxcampaigns.platform.paging.Keyset;
import io.voxcampaigns.platform.paging.PageRequest;

/** Campaigns, always scoped to one organisation. */
@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    public Uni<Campaign> findInOrganization(String organizationId, UUID id) {
        return find("id = ?1 and organizationId = ?2", id, organizationId).firstResult();
    }

    /**
     * The campaign locked for the rest of the transaction, or null (also another organisation's). Every change to a
     * campaign, its tasks or its counters locks it first, so its events reach the outbox in commit order.
     */
    public Uni<Campaign> lockInOrganization(String organizationId, UUID id) {
        return find("id = ?1 and organizationId = ?2", id, organizationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /**
     * The campaigns with these ids, whatever their organisation, locked for the rest of the transaction in id order
     * (so two transactions locking overlapping sets cannot deadlock); absent ids are left out.
     */
    public Uni<List<Campaign>> lockAll(Collection<UUID> ids) {
        return find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * The campaign with a share lock: no change to its tasks or counters commits until the transaction ends, so
     * what is read next is consistent with it.
     */
    public Uni<Campaign> shareLockInOrganization(String organizationId, UUID id) {
        return find("id = ?1 and organizationId = ?2", id, organizationId)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResult();
    }

    public Uni<List<Campaign>> page(CampaignFilter filter, PageRequest request) {
        Parameters params = parameters(filter);
        return find(where(filter) + Keyset.after(request) + Keyset.orderBy(request), Keyset.bind(request, params))
                .range(0, request.limit()).list();
    }

    public Uni<Long> count(CampaignFilter filter) {
        return count(where(filter), parameters(filter));
    }

    private static String where(CampaignFilter filter) {
        String query = "organizationId = :org";
        if (!filter.statuses().isEmpty()) {
            query += " and status in :statuses";
        }
        if (filter.agentId() != null) {
            query += " and agentId = :agent";
        }
        return query;
    }

    private static Parameters parameters(CampaignFilter filter) {
        Parameters params = Parameters.with("org", filter.organizationId());
        if (!filter.statuses().isEmpty()) {
            params.and("statuses", filter.statuses());
        }
        if (filter.agentId() != null) {
            params.and("agent", filter.agentId());
        }
        return params;
    }
}
