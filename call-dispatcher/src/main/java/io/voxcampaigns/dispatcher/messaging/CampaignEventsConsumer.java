package io.voxcampaigns.dispatcher.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.persistence.DispatchCampaignWriter;
import io.voxcampaigns.events.campaign.CampaignCanceled;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.campaign.CampaignResumed;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.messaging.IdempotentConsumer;

/** Applies campaign.events to the dispatcher's campaign view, each event once. */
@ApplicationScoped
public class CampaignEventsConsumer {

    static final String CONSUMER = "call-dispatcher.campaign-events";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    DispatchCampaignWriter campaigns;

    @Incoming("campaign-events")
    public Uni<Void> onRecord(byte[] payload) {
        return consumer.apply(CONSUMER, payload, this::apply);
    }

    Uni<Void> apply(SpecificRecord event) {
        String org = EventCodec.organizationId(event);
        Instant at = EventCodec.occurredAt(event);
        if (event instanceof CampaignCreated created) {
            return campaigns.settings(org, created.getCampaignId(), created.getSettings(), created.getStatus(), at);
        }
        if (event instanceof CampaignUpdated updated) {
            return campaigns.settings(org, updated.getCampaignId(), updated.getSettings(), updated.getStatus(), at);
        }
        if (event instanceof CampaignPaused paused) {
            return campaigns.status(paused.getCampaignId(), CampaignStatus.paused, at);
        }
        if (event instanceof CampaignResumed resumed) {
            return campaigns.status(resumed.getCampaignId(), resumed.getStatus(), at);
        }
        if (event instanceof CampaignCanceled canceled) {
            return campaigns.status(canceled.getCampaignId(), CampaignStatus.canceled, at);
        }
        if (event instanceof CampaignStatusChanged changed) {
            return campaigns.status(changed.getCampaignId(), changed.getStatus(), at);
        }
        // CampaignCountersChanged and later additions carry nothing the dispatcher acts on.
        return Uni.createFrom().voidItem();
    }
}
