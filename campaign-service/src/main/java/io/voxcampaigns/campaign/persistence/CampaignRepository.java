package io.voxcampaigns.campaign.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.CampaignStatus;
import io.voxcampaigns.platform.paging.Keyset;
import io.voxcampaigns.platform.paging.PageRequest;

/** Campaigns, always scoped to one organisation. */
@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    /** The list filters: statuses (empty: any) and an agent (null: any). */
    public record Filter(String organizationId, List<CampaignStatus> statuses, UUID agentId) {
    }

    public Uni<Campaign> findInOrganization(String organizationId, UUID id) {
        return find("id = ?1 and organizationId = ?2", id, organizationId).firstResult();
    }

    public Uni<List<Campaign>> page(Filter filter, PageRequest request) {
        Parameters params = parameters(filter);
        return find(where(filter) + Keyset.after(request) + Keyset.orderBy(request), Keyset.bind(request, params))
                .range(0, request.limit()).list();
    }

    public Uni<Long> count(Filter filter) {
        return count(where(filter), parameters(filter));
    }

    private static String where(Filter filter) {
        String query = "organizationId = :org";
        if (!filter.statuses().isEmpty()) {
            query += " and status in :statuses";
        }
        if (filter.agentId() != null) {
            query += " and agentId = :agent";
        }
        return query;
    }

    private static Parameters parameters(Filter filter) {
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
