package io.voxcampaigns.campaign.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.AuditFilter;
import io.voxcampaigns.platform.paging.Keyset;
import io.voxcampaigns.platform.paging.PageRequest;

/** The organisations' audit trails, always read scoped to one organisation. */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    private static final String INSERT = """
            insert into audit_event (event_id, organization_id, api_key_id, occurred_at, service, method, path,
                                     resource_type, resource_id, action, changed_fields, outcome, status)
            values (:id, :org, :key, :at, :service, :method, :path, :type, :resource, :action, :fields, :outcome,
                    :status)
            on conflict (event_id) do nothing
            """;

    /** Stores the entry once: an entry whose id is stored already is left as it is. */
    public Uni<Void> add(AuditEntry entry) {
        return getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("id", entry.id)
                .setParameter("org", entry.organizationId)
                .setParameter("key", entry.apiKeyId)
                .setParameter("at", entry.createdAt)
                .setParameter("service", entry.service)
                .setParameter("method", entry.method)
                .setParameter("path", entry.path)
                .setParameter("type", entry.resourceType)
                .setParameter("resource", entry.resourceId)
                .setParameter("action", entry.action)
                .setParameter("fields", entry.changedFields)
                .setParameter("outcome", entry.outcome)
                .setParameter("status", entry.status)
                .executeUpdate()
                .replaceWithVoid());
    }

    /** A page of the organisation's entries that match the filter, keyed by (occurred_at, event_id). */
    public Uni<List<AuditEntry>> page(AuditFilter filter, PageRequest request) {
        Query query = Query.of(filter);
        return find(query.where() + Keyset.after(request) + Keyset.orderBy(request),
                Keyset.bind(request, query.parameters()))
                .range(0, request.limit()).list();
    }

    public Uni<Long> count(AuditFilter filter) {
        Query query = Query.of(filter);
        return count(query.where(), query.parameters());
    }

    /** The filter's conditions and their parameters, built together: a filter not given adds neither. */
    private record Query(StringBuilder whereClause, Parameters parameters) {

        static Query of(AuditFilter filter) {
            Query query = new Query(new StringBuilder("organizationId = :org"),
                    Parameters.with("org", filter.organizationId()));
            query.and("resourceType", "type", filter.resourceType(), "=");
            query.and("resourceId", "resource", filter.resourceId(), "=");
            query.and("apiKeyId", "key", filter.apiKeyId(), "=");
            query.and("outcome", "outcome", filter.outcome(), "=");
            query.and("createdAt", "after", filter.after(), ">");
            query.and("createdAt", "before", filter.before(), "<");
            return query;
        }

        private void and(String field, String parameter, Object value, String operator) {
            if (value != null) {
                whereClause.append(" and ").append(field).append(' ').append(operator).append(" :").append(parameter);
                parameters.and(parameter, value);
            }
        }

        String where() {
            return whereClause.toString();
        }
    }
}
