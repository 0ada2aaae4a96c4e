package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.events.common.AgentSnapshot;
import io.voxcampaigns.events.common.AgentVersionInfo;

/**
 * Writes the agent read model. A snapshot older than the stored one is ignored, and a deleted agent stays deleted,
 * so redelivered or reordered events never move the view backwards.
 */
@ApplicationScoped
public class AgentViewWriter {

    private static final String UPSERT = """
            insert into agent_view (agent_id, organization_id, name, type, production_version, version_labels, deleted,
                                    source_occurred_at)
            values (:agentId, :org, :name, :type, :production, :versions, :deleted, :occurredAt)
            on conflict (agent_id) do update set
                name = excluded.name, type = excluded.type, production_version = excluded.production_version,
                version_labels = excluded.version_labels, deleted = excluded.deleted,
                source_occurred_at = excluded.source_occurred_at
            where agent_view.source_occurred_at <= excluded.source_occurred_at and not agent_view.deleted
            """;

    public Uni<Void> upsert(String organizationId, AgentSnapshot agent, boolean deleted, Instant occurredAt) {
        String versions = agent.getVersions().stream().map(AgentVersionInfo::getLabel).collect(Collectors.joining(","));
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT)
                .setParameter("agentId", UUID.fromString(agent.getAgentId()))
                .setParameter("org", organizationId)
                .setParameter("name", agent.getName())
                .setParameter("type", agent.getType().name())
                .setParameter("production", agent.getProductionVersion())
                .setParameter("versions", versions)
                .setParameter("deleted", deleted)
                .setParameter("occurredAt", occurredAt)
                .executeUpdate()
                .replaceWithVoid());
    }
}
