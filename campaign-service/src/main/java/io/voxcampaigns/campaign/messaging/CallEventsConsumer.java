package io.voxcampaigns.campaign.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.voxcampaigns.campaign.service.CallEventProcessor;
import io.voxcampaigns.platform.messaging.IdempotentConsumer;

/**
 * Consumes call.events from the dispatcher, a poll's records per transaction, each event applied once
 * (processed_event) by {@link CallEventProcessor}. An event that cannot apply (unknown campaign or task, another
 * organisation's campaign) fails its batch, which is split until that record alone goes to call.events.dlq and the
 * others are applied.
 */
@ApplicationScoped
public class CallEventsConsumer {

    static final String CONSUMER = "campaign-service.call-events";

    private final IdempotentConsumer consumer;
    private final CallEventProcessor processor;

    CallEventsConsumer(IdempotentConsumer consumer, CallEventProcessor processor) {
        this.consumer = consumer;
        this.processor = processor;
    }

    @Incoming("call-events")
    public Uni<Void> onBatch(KafkaRecordBatch<String, byte[]> batch) {
        return consumer.applyBatch(CONSUMER, batch, processor::apply);
    }
}
