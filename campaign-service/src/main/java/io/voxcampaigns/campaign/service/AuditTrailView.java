package io.voxcampaigns.campaign.service;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.AuditFilter;
import io.voxcampaigns.campaign.persistence.AuditEntry;
import io.voxcampaigns.campaign.persistence.AuditEntryRepository;
import io.voxcampaigns.events.audit.AuditEventRecorded;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;

/**
 * The organisations' audit trails, readable at GET /v3/audit-events: kept from audit.events, where every service
 * writes its change requests (each change's event in the change's own transaction).
 */
@ApplicationScoped
public class AuditTrailView {

    private final AuditEntryRepository entries;

    AuditTrailView(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /** Stores one consumed event, in the consumer's transaction. */
    public Uni<Void> apply(SpecificRecord record) {
        if (!(record instanceof AuditEventRecorded event)) {
            return Uni.createFrom().failure(new UnprocessableEventException(
                    "audit.events carries AuditEventRecorded only, got " + record.getSchema().getFullName()));
        }
        return entries.add(entry(event));
    }

    /** One page of the organisation's audit events that match the filter, keyed by (occurred_at, event id). */
    @WithSession
    public <T> Uni<Page<T>> list(AuditFilter filter, PageRequest request, Function<AuditEntry, T> view) {
        return entries.page(filter, request).chain(page -> entries.count(filter)
                .map(total -> request.page(page, total, view, e -> e.createdAt.toEpochMilli(), e -> e.id)));
    }

    private static AuditEntry entry(AuditEventRecorded event) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.fromString(event.getEventId());
        entry.organizationId = event.getOrganizationId();
        entry.apiKeyId = event.getApiKeyId();
        entry.createdAt = event.getOccurredAt();
        entry.service = event.getService();
        entry.method = event.getMethod();
        entry.path = event.getPath();
        entry.resourceType = event.getResourceType();
        entry.resourceId = event.getResourceId();
        entry.action = event.getAction();
        entry.changedFields = String.join(",", event.getChangedFields());
        entry.outcome = event.getOutcome().name();
        entry.status = event.getStatus();
        return entry;
    }
}
