package io.voxcampaigns.voiceruntime;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a call's plan: ring (call_ringing), then connect (call_started) and talk or give up, then end (call_ended,
 * and call_analyzed for a call that connected); records each step and sends its webhooks.
 */
final class CallLifecycle {

    private final StubRecord record;
    private final WebhookSender webhooks;
    private final ScheduledExecutorService timer;
    private final Clock clock;

    CallLifecycle(StubRecord record, WebhookSender webhooks, ScheduledExecutorService timer, Clock clock) {
        this.record = record;
        this.webhooks = webhooks;
        this.timer = timer;
        this.clock = clock;
    }

    /**
     * Starts the plan now. An early failure ends at once: the future completes when its call_ended's first delivery
     * attempt is answered. Otherwise it is complete already and the call rings.
     */
    CompletableFuture<Void> start(RuntimeCall call, CallPlan plan) {
        if (plan.early()) {
            return end(call, plan, null);
        }
        call.ring(clock.millis());
        if (plan.ringingWebhook()) {
            announce(call, CallJson.CALL_RINGING, CallJson.webhook(CallJson.CALL_RINGING, call, plan.echoMetadata()),
                    plan.startedCopies());
        }
        later(() -> ringOver(call, plan), plan.ring().toMillis());
        return CompletableFuture.completedFuture(null);
    }

    private void ringOver(RuntimeCall call, CallPlan plan) {
        if (!plan.outcome().connected()) {
            end(call, plan, null);
            return;
        }
        call.connect(clock.millis());
        // built now, so that a call_started delivered late still shows the call as it was when it connected
        byte[] started = CallJson.webhook(CallJson.CALL_STARTED, call, plan.echoMetadata());
        if (plan.outOfOrder()) {
            later(() -> end(call, plan, started), plan.talk().toMillis());
        } else {
            announce(call, CallJson.CALL_STARTED, started, plan.startedCopies());
            later(() -> end(call, plan, null), plan.talk().toMillis());
        }
    }

    /** Ends the call; a held call_started goes out once call_ended's first attempts are answered. */
    private CompletableFuture<Void> end(RuntimeCall call, CallPlan plan, byte[] heldStarted) {
        if (!call.end(plan.outcome(), clock.millis())) {
            return CompletableFuture.completedFuture(null);
        }
        record.of(call.request().campaignId()).ended(plan.outcome());
        byte[] ended = CallJson.webhook(CallJson.CALL_ENDED, call, plan.echoMetadata());
        CompletableFuture<Void> delivered = announce(call, CallJson.CALL_ENDED, ended, plan.endedCopies());
        if (heldStarted != null) {
            delivered.thenRun(() -> announce(call, CallJson.CALL_STARTED, heldStarted, plan.startedCopies()));
        }
        if (CallJson.talked(call.state())) {
            // vox: may arrive asynchronously after call_ended
            byte[] analyzed = CallJson.webhook(CallJson.CALL_ANALYZED, call, plan.echoMetadata());
            delivered.thenRun(() -> announce(call, CallJson.CALL_ANALYZED, analyzed, plan.endedCopies()));
        }
        return delivered;
    }

    private CompletableFuture<Void> announce(RuntimeCall call, String event, byte[] body, int copies) {
        if (!webhooks.hasTargets()) {
            return CompletableFuture.completedFuture(null);
        }
        CampaignRecord campaign = record.of(call.request().campaignId());
        List<CompletableFuture<Void>> firstAttempts = new ArrayList<>();
        for (int copy = 1; copy <= copies; copy++) {
            firstAttempts.add(webhooks.deliver(campaign, campaign.webhook(event, call.id(), copy), body));
        }
        return CompletableFuture.allOf(firstAttempts.toArray(CompletableFuture[]::new));
    }

    private void later(Runnable step, long delayMillis) {
        try {
            timer.schedule(step, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the stub is closing: the call stays live in the record
        }
    }
}
