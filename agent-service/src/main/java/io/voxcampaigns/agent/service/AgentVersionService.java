package io.voxcampaigns.agent.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.domain.ChangeTimes;
import io.voxcampaigns.agent.domain.VersionSelector;
import io.voxcampaigns.agent.messaging.AgentEventPublisher;
import io.voxcampaigns.agent.messaging.AgentEvents;
import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentVersion;
import io.voxcampaigns.agent.persistence.AgentVersionRepository;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.platform.error.ApiException;

/** An agent's versions: immutable snapshots v{n} of its current state, one of which may be production. */
@ApplicationScoped
public class AgentVersionService {

    /** The longest version description. */
    public static final int MAX_DESCRIPTION = 500;

    private final AgentVersionRepository versions;
    private final AgentLookup lookup;
    private final AgentEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    public AgentVersionService(AgentVersionRepository versions, AgentLookup lookup, AgentEventPublisher events,
                               AuditTrail audit, Clock clock) {
        this.versions = versions;
        this.lookup = lookup;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Snapshots the current state as the next v{n}; the agent's update announces the new version. */
    @WithTransaction
    public Uni<AgentVersion> create(String organizationId, UUID id, String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw ApiException.invalidField("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        return lookup.lock(organizationId, id).chain(agent -> snapshot(agent, description)
                .call(version -> events.publish(agent, all -> AgentEvents.updated(agent, all)))
                .call(version -> audit.record("create_version", agent.id.toString(),
                        description == null ? List.of() : List.of("description"))));
    }

    private Uni<AgentVersion> snapshot(Agent agent, String description) {
        AgentVersion version = new AgentVersion();
        version.id = UUID.randomUUID();
        version.agentId = agent.id;
        version.number = agent.lastVersion + 1;
        version.label = VersionSelector.label(version.number);
        version.description = description;
        version.data = agent.data;
        version.flowData = agent.flowData;
        version.createdAt = ChangeTimes.after(agent.updatedAt, clock);
        agent.lastVersion = version.number;
        agent.updatedAt = version.createdAt;
        return versions.persist(version);
    }

    /** The agent's snapshots, newest first. */
    @WithSession
    public Uni<AgentVersions> list(String organizationId, UUID id) {
        return lookup.find(organizationId, id).chain(agent -> versions.ofAgent(id).map(all -> new AgentVersions(agent,
                all.stream().sorted(Comparator.comparingInt((AgentVersion v) -> v.number).reversed()).toList())));
    }

    /** Makes snapshot v{number} production; publishing the production version again changes and announces nothing. */
    @WithTransaction
    public Uni<Publication> publish(String organizationId, UUID id, int number) {
        return lookup.lock(organizationId, id).chain(agent -> versions.find(id, number)
                .onItem().ifNull().failWith(() -> ApiException.notFound("agent version", VersionSelector.label(number)))
                .chain(version -> makeProduction(agent, version))
                .call(() -> audit.record("publish_version", agent.id.toString(), List.of("production_version"))));
    }

    private Uni<Publication> makeProduction(Agent agent, AgentVersion version) {
        String previous = agent.productionVersion;
        Publication publication = new Publication(agent.id, version.label, previous);
        if (version.label.equals(previous)) {
            // already production: nothing changed, so there is nothing to announce
            return Uni.createFrom().item(publication);
        }
        agent.productionVersion = version.label;
        agent.updatedAt = ChangeTimes.after(agent.updatedAt, clock);
        return events.publish(agent, all -> AgentEvents.published(agent, all, previous)).replaceWith(publication);
    }
}
