package io.voxcampaigns.dispatcher.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.placement.OptOutAnswer;
import io.voxcampaigns.dispatcher.persistence.OptOuts;
import io.voxcampaigns.events.call.NumberOptedOut;
import io.voxcampaigns.platform.outbox.OutboxBatch;

/**
 * When a call's analysis says its recipient refused further calls (the configured opt-out fields,
 * {@link OptOutAnswer}): in one transaction, the number joins the organisation's suppression list here and
 * NumberOptedOut goes to the outbox, once per call, for campaign-service's list. The event has no order relative to the
 * campaign's other call events.
 */
@ApplicationScoped
public class OptOutRecorder {

    private final Pool pool;
    private final OptOuts optOuts;
    private final OutboxBatch outbox;
    private final ObjectMapper json;
    private final DispatcherConfig config;
    private final Clock clock;

    OptOutRecorder(Pool pool, OptOuts optOuts, OutboxBatch outbox, ObjectMapper json, DispatcherConfig config,
                   Clock clock) {
        this.pool = pool;
        this.optOuts = optOuts;
        this.outbox = outbox;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /** Records the refusal the analysis (JSON text, null when the webhook carried none) states, if any. */
    public Uni<Void> recordIfRefused(UUID callId, String callAnalysis) {
        Optional<String> source = refusal(callAnalysis);
        if (source.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.withTransaction(connection -> optOuts.record(connection, callId).chain(optedOut -> {
            if (optedOut == null) {
                return Uni.createFrom().voidItem();
            }
            NumberOptedOut event = NumberOptedOut.newBuilder().setEventId(UUID.randomUUID().toString())
                    .setOccurredAt(clock.instant()).setOrganizationId(optedOut.organizationId())
                    .setCampaignId(optedOut.campaignId().toString()).setCallId(callId.toString())
                    .setTaskId(optedOut.taskId().toString()).setNumber(optedOut.number()).setSource(source.get())
                    .build();
            return outbox.append(connection, List.of(event));
        }));
    }

    private Optional<String> refusal(String callAnalysis) {
        if (callAnalysis == null) {
            return Optional.empty();
        }
        try {
            return OptOutAnswer.of(json.readTree(callAnalysis), config.optOutFields());
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
