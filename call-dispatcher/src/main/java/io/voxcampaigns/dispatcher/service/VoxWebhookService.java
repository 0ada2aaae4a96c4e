package io.voxcampaigns.dispatcher.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.engine.Engines;
import io.voxcampaigns.dispatcher.persistence.CallDataWriter;
import io.voxcampaigns.dispatcher.persistence.CallLookups;
import io.voxcampaigns.dispatcher.persistence.CallLookups.CallRef;
import io.voxcampaigns.dispatcher.placement.VoxWebhook;

/**
 * Applies a call-data webhook of the voice runtime to the call it concerns. The call is found by our attempt id
 * echoed in its metadata, else by the runtime's call id, so any replica can apply it, even before the runtime's
 * answer to our request arrived. call_ringing and call_started place the call (ringing, then connected: ongoing),
 * call_ended ends it and frees its slot (through the engine, in the campaign's next round); the call's data any
 * event carries (transcript, recording, analysis, cost, opt-out) is kept as well. A repeated one changes nothing.
 */
@ApplicationScoped
public class VoxWebhookService {

    /** The call a webhook concerned, and whether it changed it. */
    public record Applied(UUID callId, boolean changed) {
    }

    private final CallLookups calls;
    private final CallDataWriter data;
    private final Engines engines;
    private final Clock clock;
    private final OptOutRecorder optOuts;

    VoxWebhookService(CallLookups calls, CallDataWriter data, Engines engines, Clock clock, OptOutRecorder optOuts) {
        this.calls = calls;
        this.data = data;
        this.engines = engines;
        this.clock = clock;
        this.optOuts = optOuts;
    }

    /** Applies the webhook; null when its call is not known (yet). */
    public Uni<Applied> apply(VoxWebhook webhook) {
        return find(webhook).chain(call -> {
            if (call == null) {
                return Uni.createFrom().nullItem();
            }
            return data.write(call.callId(), webhook.data())
                    .call(() -> optOuts.recordIfRefused(call.callId(), webhook.data().callAnalysis()))
                    .chain(stored -> change(webhook, call)
                    .map(changed -> new Applied(call.callId(), stored || changed)));
        });
    }

    private Uni<Boolean> change(VoxWebhook webhook, CallRef call) {
        if (webhook.startsCall() || webhook.ringsCall()) {
            return engines.main().apply(call.campaignId(), call.callId(), webhook.progress(clock.instant()));
        }
        if (webhook.endsCall()) {
            return engines.main().end(webhook.outcome(call.callId(), call.campaignId(), clock.instant()));
        }
        return Uni.createFrom().item(false);
    }

    /** By our attempt id when the runtime echoed it, else by its call id. */
    private Uni<CallRef> find(VoxWebhook webhook) {
        Uni<CallRef> byAttempt = webhook.attemptId() == null ? Uni.createFrom().nullItem()
                : calls.byAttemptId(webhook.attemptId());
        return byAttempt.chain(call -> call != null ? Uni.createFrom().item(call)
                : calls.byRuntimeId(webhook.runtimeCallId()));
    }
}
