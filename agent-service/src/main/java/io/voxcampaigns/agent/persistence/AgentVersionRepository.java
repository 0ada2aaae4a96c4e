package io.voxcampaigns.agent.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The snapshots of an agent; callers have already checked that the agent belongs to the organisation. */
@ApplicationScoped
public class AgentVersionRepository implements PanacheRepositoryBase<AgentVersion, UUID> {

    /** Every snapshot of the agent, oldest first. */
    public Uni<List<AgentVersion>> ofAgent(UUID agentId) {
        return list("agentId", Sort.ascending("number"), agentId);
    }

    /** The snapshot v{number}, or null. */
    public Uni<AgentVersion> find(UUID agentId, int number) {
        return find("agentId = :agent and number = :number",
                Parameters.with("agent", agentId).and("number", number)).firstResult();
    }
}
