package io.voxcampaigns.dispatcher.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.engine.Engines;
import io.voxcampaigns.dispatcher.persistence.AgentViewWriter;
import io.voxcampaigns.dispatcher.persistence.CampaignIds;
import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.agent.AgentDeleted;
import io.voxcampaigns.events.agent.AgentUpdated;
import io.voxcampaigns.events.agent.AgentVersionPublished;
import io.voxcampaigns.events.common.AgentSnapshot;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;

/**
 * Keeps the agent read model (call settings per version, deletion) from agent.events, each event once, then wakes
 * the campaigns of the agent: a deleted agent fails them, newly known settings end their wait.
 */
@ApplicationScoped
public class AgentEventsConsumer {

    static final String CONSUMER = "call-dispatcher.agent-events";
    private static final Logger LOG = Logger.getLogger(AgentEventsConsumer.class);

    private final ApplyOnce applyOnce;
    private final AgentViewWriter view;
    private final CampaignIds campaigns;
    private final Engines engines;

    AgentEventsConsumer(ApplyOnce applyOnce, AgentViewWriter view, CampaignIds campaigns, Engines engines) {
        this.applyOnce = applyOnce;
        this.view = view;
        this.campaigns = campaigns;
        this.engines = engines;
    }

    @Incoming("agent-events")
    public Uni<Void> onRecord(byte[] payload) {
        return applyOnce.apply(CONSUMER, payload, this::apply, this::wakeCampaigns);
    }

    /** After the commit; if this fails, the periodic sweep wakes the campaigns instead. */
    private void wakeCampaigns(UUID agentId) {
        campaigns.usingAgent(agentId).subscribe().with(ids -> ids.forEach(engines.main()::wake),
                failure -> LOG.warnf("Could not wake the campaigns of agent %s: %s", agentId, failure.toString()));
    }

    /** Applies the snapshot; answers the agent when the view changed (null: an older snapshot, ignored). */
    Uni<UUID> apply(SpecificRecord event) {
        if (event instanceof AgentCreated created) {
            return upsert(event, created.getAgent(), false);
        }
        if (event instanceof AgentUpdated updated) {
            return upsert(event, updated.getAgent(), false);
        }
        if (event instanceof AgentVersionPublished published) {
            return upsert(event, published.getAgent(), false);
        }
        if (event instanceof AgentDeleted deleted) {
            return upsert(event, deleted.getAgent(), true);
        }
        throw new UnprocessableEventException(EventCodec.eventType(event) + " does not belong on agent.events");
    }

    private Uni<UUID> upsert(SpecificRecord event, AgentSnapshot agent, boolean deleted) {
        UUID agentId = EventFields.uuid(agent.getAgentId(), "agent.agent_id");
        Instant at = EventCodec.occurredAt(event);
        return view.upsert(EventCodec.organizationId(event), agentId, agent, deleted, at)
                .map(applied -> applied ? agentId : null);
    }
}
