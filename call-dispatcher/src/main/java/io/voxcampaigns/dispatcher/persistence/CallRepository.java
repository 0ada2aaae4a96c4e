package io.voxcampaigns.dispatcher.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.paging.Keyset;
import io.voxcampaigns.platform.paging.PageRequest;

/** Calls, always scoped to one organisation: another organisation's call is simply missing. */
@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<Call, UUID> {

    /** The organisation's call, or null (another organisation's call is missing too). */
    public Uni<Call> findOwned(String organizationId, UUID id) {
        return find("id = :id and organizationId = :org", Parameters.with("id", id).and("org", organizationId))
                .firstResult();
    }

    /** Up to limit + 1 calls matching the filter after the cursor, in order. */
    public Uni<List<Call>> page(CallFilter filter, PageRequest request) {
        String query = filter.where() + Keyset.after(request) + Keyset.orderBy(request);
        return find(query, Keyset.bind(request, filter.parameters())).range(0, request.limit()).list();
    }

    /** How many calls match the filter. */
    public Uni<Long> count(CallFilter filter) {
        return count(filter.where(), filter.parameters());
    }
}
