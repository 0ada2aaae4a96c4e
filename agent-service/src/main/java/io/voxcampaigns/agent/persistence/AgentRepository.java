package io.voxcampaigns.agent.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.domain.AgentType;
import io.voxcampaigns.platform.paging.Keyset;
import io.voxcampaigns.platform.paging.PageRequest;

/** Live (not deleted) agents, always scoped to one organisation: another organisation's agent is simply missing. */
@ApplicationScoped
public class AgentRepository implements PanacheRepositoryBase<Agent, UUID> {

    private static final String LIVE = "id = :id and organizationId = :org and deletedAt is null";

    /** The organisation's live agent, or null. */
    public Uni<Agent> findLive(String organizationId, UUID id) {
        return find(LIVE, Parameters.with("id", id).and("org", organizationId)).firstResult();
    }

    /**
     * The organisation's live agent locked for update, or null. Every change locks its agent first, so the
     * events of one agent enter the outbox in the order the changes committed.
     */
    public Uni<Agent> lockLive(String organizationId, UUID id) {
        return find(LIVE, Parameters.with("id", id).and("org", organizationId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** Up to limit + 1 live agents of the organisation matching the filter, after the cursor, in order. */
    public Uni<List<Agent>> page(AgentFilter filter, PageRequest request) {
        String query = filter.where() + Keyset.after(request) + Keyset.orderBy(request);
        return find(query, Keyset.bind(request, filter.parameters())).range(0, request.limit()).list();
    }

    public Uni<Long> count(AgentFilter filter) {
        return count(filter.where(), filter.parameters());
    }

    /** The list filters: name substring (case-insensitive) and types. */
    public record AgentFilter(String organizationId, String nameContains, List<AgentType> types) {

        String where() {
            StringBuilder where = new StringBuilder("organizationId = :org and deletedAt is null");
            if (nameContains != null) {
                where.append(" and lower(name) like :q escape '\\'");
            }
            if (!types.isEmpty()) {
                where.append(" and type in :types");
            }
            return where.toString();
        }

        Parameters parameters() {
            Parameters params = Parameters.with("org", organizationId);
            if (nameContains != null) {
                String escaped = nameContains.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                params.and("q", "%" + escaped + "%");
            }
            if (!types.isEmpty()) {
                params.and("types", types);
            }
            return params;
        }
    }
}
