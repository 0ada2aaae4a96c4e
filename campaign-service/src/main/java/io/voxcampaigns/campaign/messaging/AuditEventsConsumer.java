package io.voxcampaigns.campaign.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.service.AuditTrailView;
import io.voxcampaigns.platform.messaging.IdempotentConsumer;

/** Keeps every service's audit events readable (GET /v3/audit-events), applying each event once. */
@ApplicationScoped
public class AuditEventsConsumer {

    static final String CONSUMER = "campaign-service.audit-events";

    private final IdempotentConsumer consumer;
    private final AuditTrailView trail;

    AuditEventsConsumer(IdempotentConsumer consumer, AuditTrailView trail) {
        this.consumer = consumer;
        this.trail = trail;
    }

    @Incoming("audit-events")
    public Uni<Void> onRecord(byte[] payload) {
        return consumer.apply(CONSUMER, payload, trail::apply);
    }
}
