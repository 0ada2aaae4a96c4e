package io.voxcampaigns.agent.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voxcampaigns.agent.domain.AgentType;

/** An organisation's agent. */
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

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
