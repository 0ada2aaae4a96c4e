package io.voxcampaigns.dispatcher.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.paging.Keyset;
import io.voxcampaigns.platform.paging.PageRequest;

/** Calls, always scoped to one organisation. */
@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<Call, UUID> {

    public Uni<List<Call>> page(String organizationId, PageRequest request) {
        String query = "organizationId = :org" + Keyset.after(request) + Keyset.orderBy(request);
        return find(query, Keyset.bind(request, Parameters.with("org", organizationId))).range(0, request.limit()).list();
    }

    public Uni<Long> countByOrganization(String organizationId) {
        return count("organizationId", organizationId);
    }
}
