package io.voxcampaigns.agent.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.domain.data.AgentData;
import io.voxcampaigns.agent.domain.flow.FlowData;
import io.voxcampaigns.agent.domain.flow.FlowIssue;
import io.voxcampaigns.agent.domain.flow.FlowReferences;
import io.voxcampaigns.agent.domain.flow.FlowReport;
import io.voxcampaigns.agent.domain.flow.FlowValidator;
import io.voxcampaigns.agent.persistence.AgentJson;

/** The flow validator as a dry run: the verdict a create or PATCH would reach, saving nothing. */
@ApplicationScoped
public class FlowValidationService {

    private final AgentLookup lookup;

    public FlowValidationService(AgentLookup lookup) {
        this.lookup = lookup;
    }

    /** The validator's report on a graph, and the reference findings against the stored agent (empty without one). */
    public record Verdict(FlowReport report, List<FlowIssue> references) {
    }

    /**
     * The report on {@code flow}; when {@code agentId} is given it must name one of the organisation's live agents
     * (404 otherwise), and the graph's references are checked against that agent.
     */
    @WithSession
    public Uni<Verdict> validate(String organizationId, FlowData flow, UUID agentId) {
        FlowReport report = FlowValidator.validate(flow, "flow");
        if (agentId == null) {
            return Uni.createFrom().item(new Verdict(report, List.of()));
        }
        return lookup.find(organizationId, agentId).map(agent -> {
            AgentData data = AgentJson.data(agent.data);
            Set<String> toolIds = data.toolIds() == null ? Set.of() : new HashSet<>(data.toolIds());
            return new Verdict(report, FlowReferences.check(flow, toolIds, "flow"));
        });
    }
}
