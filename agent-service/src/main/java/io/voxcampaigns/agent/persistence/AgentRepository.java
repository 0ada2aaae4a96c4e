package io.voxcampaigns.agent.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.paging.Keyset;
import io.voxcampaigns.platform.paging.PageRequest;

/** Agents, always scoped to one organisation. */
@ApplicationScoped
public class AgentRepository implements PanacheRepositoryBase<Agent, UUID> {

    /** Up to limit + 1 agents of the organisation after the cursor, in the requested order. */
    public Uni<List<Agent>> page(String organizationId, PageRequest request) {
        String query = "organizationId = :org" + Keyset.after(request) + Keyset.orderBy(request);
        Parameters params = Keyset.bind(request, Parameters.with("org", organizationId));
        return find(query, params).range(0, request.limit()).list();
    }

    public Uni<Long> countByOrganization(String organizationId) {
        return count("organizationId", organizationId);
    }
}
