package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One audit event of the organisation's trail, as it came on audit.events; never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEntry extends PanacheEntityBase {

    /** The event's id; also keys the list's pages. */
    @Id
    @Column(name = "event_id")
    public UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public String organizationId;

    @Column(name = "api_key_id", nullable = false, updatable = false)
    public String apiKeyId;

    /** When the request was handled; keys the list's pages with the id. */
    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(nullable = false, updatable = false)
    public String service;

    @Column(nullable = false, updatable = false)
    public String method;

    @Column(nullable = false, updatable = false)
    public String path;

    @Column(name = "resource_type", nullable = false, updatable = false)
    public String resourceType;

    @Column(name = "resource_id", updatable = false)
    public String resourceId;

    @Column(nullable = false, updatable = false)
    public String action;

    /** The JSON names of the fields set, comma-separated; empty for none. */
    @Column(name = "changed_fields", nullable = false, updatable = false)
    public String changedFields;

    @Column(nullable = false, updatable = false)
    public String outcome;

    /** The HTTP status of a rejected or failed request; null for a succeeded change. */
    @Column(updatable = false)
    public Integer status;

    public List<String> changedFieldList() {
        return changedFields.isEmpty() ? List.of() : Arrays.asList(changedFields.split(","));
    }
}
