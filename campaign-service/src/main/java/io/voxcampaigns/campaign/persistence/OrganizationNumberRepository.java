package io.voxcampaigns.campaign.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.NumberUsage;
import io.voxcampaigns.platform.paging.Keyset;
import io.voxcampaigns.platform.paging.PageRequest;

/** Organisation numbers, always scoped to one organisation. */
@ApplicationScoped
public class OrganizationNumberRepository implements PanacheRepositoryBase<OrganizationNumber, UUID> {

    public Uni<List<OrganizationNumber>> page(String organizationId, NumberUsage usage, PageRequest request) {
        Parameters params = Parameters.with("org", organizationId);
        String query = "organizationId = :org";
        if (usage != null) {
            query += " and usage = :usage";
            params.and("usage", usage);
        }
        return find(query + Keyset.after(request) + Keyset.orderBy(request), Keyset.bind(request, params))
                .range(0, request.limit()).list();
    }

    public Uni<Long> count(String organizationId, NumberUsage usage) {
        return usage == null ? count("organizationId", organizationId)
                : count("organizationId = ?1 and usage = ?2", organizationId, usage);
    }

    public Uni<OrganizationNumber> findInOrganization(String organizationId, UUID id) {
        return find("id = ?1 and organizationId = ?2", id, organizationId).firstResult();
    }

    public Uni<OrganizationNumber> findByNumber(String organizationId, String number, NumberUsage usage) {
        return find("organizationId = ?1 and telephoneNumber = ?2 and usage = ?3", organizationId, number, usage)
                .firstResult();
    }
}
