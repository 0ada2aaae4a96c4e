package io.voxcampaigns.agent.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentRepository;
import io.voxcampaigns.platform.error.ApiException;

/** An organisation's live agent, or a 404: another organisation's agent and a deleted one are simply missing. */
@ApplicationScoped
public class AgentLookup {

    private final AgentRepository agents;

    public AgentLookup(AgentRepository agents) {
        this.agents = agents;
    }

    /** The live agent, for reading. */
    public Uni<Agent> find(String organizationId, UUID id) {
        return agents.findLive(organizationId, id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** The live agent locked for update: every change goes through here, so its events keep the commit order. */
    public Uni<Agent> lock(String organizationId, UUID id) {
        return agents.lockLive(organizationId, id).onItem().ifNull().failWith(() -> notFound(id));
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("agent", id.toString());
    }
}
