package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** What campaign-service knows of an agent, from agent.events. */
@Entity
@Table(name = "agent_view")
public class AgentView extends PanacheEntityBase {

    @Id
    @Column(name = "agent_id")
    public UUID agentId;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String type;

    @Column(name = "production_version")
    public String productionVersion;

    /** Comma-separated version labels, oldest first. */
    @Column(name = "version_labels", nullable = false)
    public String versionLabels;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "source_occurred_at", nullable = false)
    public Instant sourceOccurredAt;

    /** The agent of an organisation, or null (also for another organisation's agent or a deleted one). */
    public static Uni<AgentView> findVisible(String organizationId, UUID agentId) {
        return find("agentId = ?1 and organizationId = ?2 and deleted = false", agentId, organizationId).firstResult();
    }
}
