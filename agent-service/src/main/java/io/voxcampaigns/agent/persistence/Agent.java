package io.voxcampaigns.agent.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voxcampaigns.agent.domain.AgentType;

/**
 * An organisation's agent: its editable {@code current} state. {@code data} and {@code flowData} hold the typed
 * models ({@link AgentJson}) as jsonb. They are read as text, and written as text cast to jsonb, because the
 * reactive PostgreSQL client hands jsonb to Hibernate as a JSON object and would encode a String bound straight
 * to a jsonb parameter as one JSON string value.
 */
@Entity
@Table(name = "agent")
public class Agent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public String organizationId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AgentType type;

    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "data::text", write = "?::text::jsonb")
    public String data;

    @Column(name = "flow_data", columnDefinition = "jsonb")
    @ColumnTransformer(read = "flow_data::text", write = "?::text::jsonb")
    public String flowData;

    @Column(name = "validation_message", nullable = false)
    public String validationMessage;

    @Column(name = "production_version")
    public String productionVersion;

    /** The n of the newest snapshot v{n}; 0 before the first. */
    @Column(name = "last_version", nullable = false)
    public int lastVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;
}
