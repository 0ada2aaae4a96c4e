package io.voxcampaigns.agent.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.domain.AgentType;
import io.voxcampaigns.agent.domain.ChangeTimes;
import io.voxcampaigns.agent.domain.VersionSelector;
import io.voxcampaigns.agent.messaging.AgentEventPublisher;
import io.voxcampaigns.agent.messaging.AgentEvents;
import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentJson;
import io.voxcampaigns.agent.persistence.AgentRepository;
import io.voxcampaigns.agent.persistence.AgentRepository.AgentFilter;
import io.voxcampaigns.agent.persistence.AgentVersionRepository;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;

/** An organisation's agents: list, create, read (current or a snapshot), update, delete; each change announced. */
@ApplicationScoped
public class AgentService {

    private final AgentRepository agents;
    private final AgentVersionRepository versions;
    private final AgentLookup lookup;
    private final AgentInput input;
    private final AgentEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    public AgentService(AgentRepository agents, AgentVersionRepository versions, AgentLookup lookup, AgentInput input,
                        AgentEventPublisher events, AuditTrail audit, Clock clock) {
        this.agents = agents;
        this.versions = versions;
        this.lookup = lookup;
        this.input = input;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the organisation's live agents whose name contains {@code nameContains} (null: any) and of the types. */
    @WithSession
    public <T> Uni<Page<T>> list(String organizationId, String nameContains, List<AgentType> types, PageRequest page,
                                 Function<Agent, T> view) {
        AgentFilter filter = new AgentFilter(organizationId, nameContains, types);
        return agents.page(filter, page).chain(rows -> agents.count(filter).map(total ->
                page.page(rows, total, view, agent -> agent.createdAt.toEpochMilli(), agent -> agent.id)));
    }

    /** Creates the agent from a draft that passes every rule (400 otherwise), announcing it in the same transaction. */
    @WithTransaction
    public Uni<Agent> create(String organizationId, AgentDraft draft) {
        AgentInput.NewAgent valid = input.validCreate(draft);
        Agent agent = new Agent();
        agent.id = UUID.randomUUID();
        agent.organizationId = organizationId;
        agent.name = valid.name();
        agent.type = valid.type();
        agent.data = AgentJson.write(valid.data());
        agent.flowData = AgentJson.write(valid.flowData());
        agent.validationMessage = valid.validationMessage();
        agent.createdAt = ChangeTimes.now(clock);
        agent.updatedAt = agent.createdAt;
        return agents.persist(agent).call(saved -> events.publish(saved, all -> AgentEvents.created(saved, all)))
                .call(saved -> audit.record("create", saved.id.toString()));
    }

    /** The agent's current state, or the snapshot the selector names (404 when there is none). */
    @WithSession
    public Uni<AgentState> find(String organizationId, UUID id, VersionSelector selector) {
        return lookup.find(organizationId, id).chain(agent -> switch (selector.kind()) {
            case CURRENT -> Uni.createFrom().item(new AgentState(agent, null));
            case PRODUCTION -> agent.productionVersion == null
                    ? Uni.createFrom().failure(ApiException.notFound("agent version", "production"))
                    : snapshot(agent, VersionSelector.numberOf(agent.productionVersion));
            case NUMBERED -> snapshot(agent, selector.number());
        });
    }

    private Uni<AgentState> snapshot(Agent agent, int number) {
        return versions.find(agent.id, number)
                .onItem().ifNull().failWith(() -> ApiException.notFound("agent version", VersionSelector.label(number)))
                .map(version -> new AgentState(agent, version));
    }

    /** Applies a PATCH whose merged result passes every rule; nothing changes on a 400. */
    @WithTransaction
    public Uni<Agent> update(String organizationId, UUID id, AgentChanges changes) {
        AgentInput.checkUpdateShape(changes);
        return lookup.lock(organizationId, id)
                .map(agent -> apply(agent, changes))
                .call(agent -> events.publish(agent, all -> AgentEvents.updated(agent, all)))
                .call(agent -> audit.record("update", agent.id.toString()));
    }

    private Agent apply(Agent agent, AgentChanges changes) {
        AgentInput.ValidUpdate valid = input.validUpdate(agent.type, AgentJson.data(agent.data), changes);
        if (changes.has("name")) {
            agent.name = changes.name();
        }
        agent.data = AgentJson.write(valid.data());
        if (valid.flowReport() != null) {
            agent.flowData = AgentJson.write(changes.flowData());
            agent.validationMessage = valid.flowReport().warningMessage();
        }
        agent.updatedAt = ChangeTimes.after(agent.updatedAt, clock);
        return agent;
    }

    /** Marks the agent deleted (it answers 404 afterwards) and announces it. */
    @WithTransaction
    public Uni<Void> delete(String organizationId, UUID id) {
        return lookup.lock(organizationId, id).chain(agent -> {
            Instant deletedAt = ChangeTimes.after(agent.updatedAt, clock);
            agent.deletedAt = deletedAt;
            return events.publish(agent, all -> AgentEvents.deleted(agent, all, deletedAt))
                    .chain(() -> audit.record("delete", agent.id.toString(), List.of("deleted_at")));
        });
    }
}
