package io.voxcampaigns.agent.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An immutable snapshot v{n} of an agent's data and flow graph (a database trigger refuses updates too). */
@Entity
@Immutable
@Table(name = "agent_version")
public class AgentVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agent_id", nullable = false, updatable = false)
    public UUID agentId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(nullable = false, updatable = false)
    public String label;

    @Column(updatable = false)
    public String description;

    @Column(name = "data", nullable = false, updatable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "data::text", write = "?::text::jsonb")
    public String data;

    @Column(name = "flow_data", updatable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "flow_data::text", write = "?::text::jsonb")
    public String flowData;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
