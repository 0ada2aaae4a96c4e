package io.voxcampaigns.campaign.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.persistence.AgentViewWriter;
import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.agent.AgentDeleted;
import io.voxcampaigns.events.agent.AgentUpdated;
import io.voxcampaigns.events.agent.AgentVersionPublished;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.messaging.IdempotentConsumer;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;

/** Keeps the agent read model up to date from agent.events, applying each event once. */
@ApplicationScoped
public class AgentEventsConsumer {

    static final String CONSUMER = "campaign-service.agent-events";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    AgentViewWriter view;

    @Incoming("agent-events")
    public Uni<Void> onRecord(byte[] payload) {
        return consumer.apply(CONSUMER, payload, this::apply);
    }

    Uni<Void> apply(SpecificRecord event) {
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
