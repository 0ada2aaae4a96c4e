package io.voxcampaigns.campaign.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.service.ApiKeys;
import io.voxcampaigns.platform.messaging.IdempotentConsumer;

/** Keeps each API key's last_used_at from every service's reports on api-key.usage, applying each report once. */
@ApplicationScoped
public class ApiKeyUsageConsumer {

    static final String CONSUMER = "campaign-service.api-key-usage";

    private final IdempotentConsumer consumer;
    private final ApiKeys keys;

    ApiKeyUsageConsumer(IdempotentConsumer consumer, ApiKeys keys) {
        this.consumer = consumer;
        this.keys = keys;
    }

    @Incoming("api-key-usage")
    public Uni<Void> onRecord(byte[] payload) {
        return consumer.apply(CONSUMER, payload, keys::applyUse);
    }
}
