package io.voxcampaigns.campaign.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.persistence.AgentViewWriter;
import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.agent.AgentDeleted;
import io.voxcampaigns.events.agent.AgentUpdated;
import io.voxcampaigns.events.agent.AgentVersionPublished;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;

/** The agent read model, kept up to date from agent.events: every event carries the agent as it now stands. */
@ApplicationScoped
public class AgentReadModel {

    private final AgentViewWriter view;

    AgentReadModel(AgentViewWriter view) {
        this.view = view;
    }

    public Uni<Void> apply(SpecificRecord event) {
        String org = EventCodec.organizationId(event);
        var at = EventCodec.occurredAt(event);
        if (event instanceof AgentCreated created) {
            return view.upsert(org, created.getAgent(), false, at);
        }
        if (event instanceof AgentUpdated updated) {
            return view.upsert(org, updated.getAgent(), false, at);
        }
        if (event instanceof AgentVersionPublished published) {
            return view.upsert(org, published.getAgent(), false, at);
        }
        if (event instanceof AgentDeleted deleted) {
            return view.upsert(org, deleted.getAgent(), true, at);
        }
        throw new UnprocessableEventException(EventCodec.eventType(event) + " does not belong on agent.events");
    }
}
