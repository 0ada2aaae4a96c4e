package io.voxcampaigns.campaign.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.CampaignRepository;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.messaging.IdempotentConsumer;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;

/**
 * Applies call.events from the dispatcher: calls move tasks and counters, lifecycle facts move the status. Each event
 * is applied once (processed_event), with its campaign locked, in one transaction with the events it implies.
 */
@ApplicationScoped
public class CallEventsConsumer {

    static final String CONSUMER = "campaign-service.call-events";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CallEventApplier calls;

    @Inject
    LifecycleFactApplier facts;

    @Incoming("call-events")
    public Uni<Void> onRecord(byte[] payload) {
        return consumer.apply(CONSUMER, payload, this::apply);
    }

    Uni<Void> apply(SpecificRecord event) {
        return campaigns.lockInOrganization(EventCodec.organizationId(event), campaignId(event))
                .onItem().ifNull().failWith(() -> new UnprocessableEventException(EventCodec.eventType(event)
                        + " names campaign " + ((GenericRecord) event).get("campaign_id")
                        + ", which this organisation does not have"))
                .chain(campaign -> apply(campaign, event));
    }

    private Uni<Void> apply(Campaign campaign, SpecificRecord event) {
        if (event instanceof CallStarted started) {
            return calls.started(campaign, started);
        }
        if (event instanceof CallEnded ended) {
            return calls.ended(campaign, ended);
        }
        return facts.apply(campaign, event);
    }

    private static UUID campaignId(SpecificRecord event) {
        GenericRecord record = (GenericRecord) event;
        if (record.getSchema().getField("campaign_id") == null) {
            throw new UnprocessableEventException(EventCodec.eventType(event) + " does not belong on call.events");
        }
        try {
            return UUID.fromString(record.get("campaign_id").toString());
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("campaign_id " + record.get("campaign_id") + " is not a UUID");
        }
    }
}
