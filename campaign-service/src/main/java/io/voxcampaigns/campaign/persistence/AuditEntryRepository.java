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
        return find(where(filter) + Keyset.after(request) + Keyset.orderBy(request),
                Keyset.bind(request, parameters(filter)))
                .range(0, request.limit()).list();
    }

    public Uni<Long> count(AuditFilter filter) {
        return count(where(filter), parameters(filter));
    }

    private static String where(AuditFilter filter) {
        StringBuilder where = new StringBuilder("organizationId = :org");
        if (filter.resourceType() != null) {
            where.append(" and resourceType = :type");
        }
        if (filter.resourceId() != null) {
            where.append(" and resourceId = :resource");
        }
        if (filter.apiKeyId() != null) {
            where.append(" and apiKeyId = :key");
        }
        if (filter.outcome() != null) {
            where.append(" and outcome = :outcome");
        }
        if (filter.after() != null) {
            where.append(" and createdAt > :after");
        }
        if (filter.before() != null) {
            where.append(" and createdAt < :before");
        }
        return where.toString();
    }

    private static Parameters parameters(AuditFilter filter) {
        Parameters parameters = Parameters.with("org", filter.organizationId());
        if (filter.resourceType() != null) {
            parameters.and("type", filter.resourceType());
        }
        if (filter.resourceId() != null) {
            parameters.and("resource", filter.resourceId());
        }
        if (filter.apiKeyId() != null) {
            parameters.and("key", filter.apiKeyId());
        }
        if (filter.outcome() != null) {
            parameters.and("outcome", filter.outcome());
        }
        if (filter.after() != null) {
            parameters.and("after", filter.after());
        }
        if (filter.before() != null) {
            parameters.and("before", filter.before());
        }
        return parameters;
    }
}
