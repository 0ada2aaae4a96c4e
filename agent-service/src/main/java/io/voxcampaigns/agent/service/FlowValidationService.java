package io.voxcampaigns.agent.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.domain.flow.FlowData;
import io.voxcampaigns.agent.domain.flow.FlowReport;
import io.voxcampaigns.agent.domain.flow.FlowValidator;

/** The flow validator as a dry run: the verdict a create or PATCH would reach, saving nothing. */
@ApplicationScoped
public class FlowValidationService {

    private final AgentLookup lookup;

    public FlowValidationService(AgentLookup lookup) {
        this.lookup = lookup;
    }

    /** The report on {@code flow}; when {@code agentId} is given it must name one of the organisation's agents (404). */
    @WithSession
    public Uni<FlowReport> validate(String organizationId, FlowData flow, UUID agentId) {
        FlowReport report = FlowValidator.validate(flow, "flow");
        if (agentId == null) {
            return Uni.createFrom().item(report);
        }
        return lookup.find(organizationId, agentId).replaceWith(report);
    }
}
