package io.voxcampaigns.campaign.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.NumberFilter;
import io.voxcampaigns.campaign.domain.NumberUsage;
import io.voxcampaigns.platform.paging.Keyset;
import io.voxcampaigns.platform.paging.PageRequest;

/** Organisation numbers, always scoped to one organisation. */
@ApplicationScoped
public class OrganizationNumberRepository implements PanacheRepositoryBase<OrganizationNumber, UUID> {

    public Uni<List<OrganizationNumber>> page(NumberFilter filter, PageRequest request) {
        return find(where(filter) + Keyset.after(request) + Keyset.orderBy(request),
                Keyset.bind(request, parameters(filter)))
                .range(0, request.limit()).list();
    }

    public Uni<Long> count(NumberFilter filter) {
        return count(where(filter), parameters(filter));
    }

    public Uni<OrganizationNumber> findInOrganization(String organizationId, UUID id) {
        return find("id = ?1 and organizationId = ?2", id, organizationId).firstResult();
    }

    public Uni<OrganizationNumber> findByNumber(String organizationId, String number, NumberUsage usage) {
        return find("organizationId = ?1 and telephoneNumber = ?2 and usage = ?3", organizationId, number, usage)
                .firstResult();
    }

    private static String where(NumberFilter filter) {
        String query = "organizationId = :org";
        if (filter.usage() != null) {
            query += " and usage = :usage";
        }
        if (filter.provider() != null) {
            query += " and provider = :provider";
        }
        if (!filter.statuses().isEmpty()) {
            query += " and lineStatus in :statuses";
        }
        return query;
    }

    private static Parameters parameters(NumberFilter filter) {
        Parameters params = Parameters.with("org", filter.organizationId());
        if (filter.usage() != null) {
            params.and("usage", filter.usage());
        }
        if (filter.provider() != null) {
            params.and("provider", filter.provider());
        }
        if (!filter.statuses().isEmpty()) {
            params.and("statuses", filter.statuses());
        }
        return params;
    }
}
