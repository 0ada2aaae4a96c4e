package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.events.common.AgentSnapshot;
import io.voxcampaigns.events.common.AgentVersionInfo;
import io.voxcampaigns.events.common.CallSettings;

/**
 * Writes the agent read model from agent.events snapshots: deletion and the call settings of 'current' and of every
 * version. An older snapshot than the stored one is ignored and a deleted agent stays deleted, so redelivered or
 * reordered events never move the view backwards.
 */
@ApplicationScoped
public class AgentViewWriter {

    static final String CURRENT = "current";
    private static final String UPSERT = """
            insert into agent_view (agent_id, organization_id, deleted, source_occurred_at)
            values (:agentId, :org, :deleted, :occurredAt)
            on conflict (agent_id) do update set deleted = excluded.deleted,
                source_occurred_at = excluded.source_occurred_at
            where agent_view.source_occurred_at <= excluded.source_occurred_at and not agent_view.deleted
            """;
    private static final String CLEAR_SETTINGS = "delete from agent_call_settings where agent_id = :agentId";
    private static final String ADD_SETTINGS = """
            insert into agent_call_settings (agent_id, version_label, ring_seconds, timeout_seconds)
            values (:agentId, :label, :ring, :timeout)
            """;

    /** Applies the snapshot; true when it changed the view. */
    public Uni<Boolean> upsert(String organizationId, UUID agentId, AgentSnapshot agent, boolean deleted,
                               Instant occurredAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT)
                .setParameter("agentId", agentId)
                .setParameter("org", organizationId)
                .setParameter("deleted", deleted)
                .setParameter("occurredAt", occurredAt)
                .executeUpdate()
                .chain(updated -> updated == 0 ? Uni.createFrom().item(false)
                        : replaceSettings(session, agentId, agent).replaceWith(true)));
    }

    private static Uni<Void> replaceSettings(Mutiny.Session session, UUID agentId, AgentSnapshot agent) {
        Uni<Void> chain = session.createNativeQuery(CLEAR_SETTINGS).setParameter("agentId", agentId).executeUpdate()
                .chain(() -> add(session, agentId, CURRENT, agent.getCurrentCallSettings()));
        for (AgentVersionInfo version : agent.getVersions()) {
            chain = chain.chain(() -> add(session, agentId, version.getLabel(), version.getCallSettings()));
        }
        return chain;
    }

    private static Uni<Void> add(Mutiny.Session session, UUID agentId, String label, CallSettings settings) {
        return session.createNativeQuery(ADD_SETTINGS).setParameter("agentId", agentId).setParameter("label", label)
                .setParameter("ring", settings.getRingDurationSeconds())
                .setParameter("timeout", settings.getCallTimeoutSeconds())
                .executeUpdate().replaceWithVoid();
    }
}
