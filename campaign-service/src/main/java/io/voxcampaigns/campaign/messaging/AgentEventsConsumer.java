package io.voxcampaigns.campaign.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.service.AgentReadModel;
import io.voxcampaigns.platform.messaging.IdempotentConsumer;

/** Keeps the agent read model up to date from agent.events, applying each event once. */
@ApplicationScoped
public class AgentEventsConsumer {

    static final String CONSUMER = "campaign-service.agent-events";

    private final IdempotentConsumer consumer;
    private final AgentReadModel readModel;

    AgentEventsConsumer(IdempotentConsumer consumer, AgentReadModel readModel) {
        this.consumer = consumer;
        this.readModel = readModel;
    }

    @Incoming("agent-events")
    public Uni<Void> onRecord(byte[] payload) {
        return consumer.apply(CONSUMER, payload, readModel::apply);
    }
}
