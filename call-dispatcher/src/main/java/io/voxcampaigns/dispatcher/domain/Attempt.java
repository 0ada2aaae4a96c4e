package io.voxcampaigns.dispatcher.domain;

import java.time.Instant;

import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * The changing part of one dialling attempt (a call row), as the lifecycle rules read and write it.
 *
 * @param uncertain       some request of this attempt may have reached the runtime, so it is never put back in the
 *                        queue: only re-sent with its idempotency key, or settled by the runtime
 * @param requests        placement requests sent so far
 * @param nextRequestAt   when an unsettled attempt may be sent (again); while a request is in flight, its lease end
 * @param placedAt        when the runtime took the call (CallStarted); null before
 * @param firstRequestAt  when the first request was sent; null before
 * @param lastRequestAt   when the latest request was sent: the call starts then once the runtime takes it (a
 *                        campaign's window and pause are checked right before it leaves)
 * @param deadlineAt      placed: when the runtime is asked whether it still holds the call; placing: after it, an
 *                        attempt of a finished campaign is given up
 * @param outcome         how it ended; null before
 * @param ringingAt       when the runtime reported the recipient's phone ringing; null when it did not
 * @param connectedAt     when the recipient answered (vox's start_at); null while queued or ringing, and for a call
 *                        that never connected
 */
public record Attempt(AttemptPhase phase, boolean uncertain, int requests, Instant nextRequestAt,
                      String runtimeCallId, Instant placedAt, Instant firstRequestAt, Instant lastRequestAt, Instant deadlineAt,
                      String lastError, CallStatus outcome, DisconnectionReason reason, Instant endedAt,
                      long durationMs, Instant ringingAt, Instant connectedAt) {

    /** A claim that no request has left for yet, due at once. */
    public static Attempt claimed(Instant now) {
        return new Attempt(AttemptPhase.CLAIMED, false, 0, now, null, null, null, null, null, null, null, null, null,
                0, null, null);
    }

    /** This attempt with a request leaving now, its answer awaited until {@code leaseEnd}. */
    public Attempt sending(Instant now, Instant leaseEnd, Instant deadline) {
        return new Attempt(AttemptPhase.PLACING, uncertain, requests + 1, leaseEnd, runtimeCallId, placedAt,
                firstRequestAt == null ? now : firstRequestAt, now, deadlineAt == null ? deadline : deadlineAt,
                lastError, outcome, reason, endedAt, durationMs, ringingAt, connectedAt);
    }

    Attempt waiting(AttemptPhase next, boolean nowUncertain, Instant retryAt, String error) {
        return new Attempt(next, nowUncertain, requests, retryAt, runtimeCallId, placedAt, firstRequestAt,
                lastRequestAt, deadlineAt, error, outcome, reason, endedAt, durationMs, ringingAt, connectedAt);
    }

    Attempt placed(String runtimeId, Instant at, Instant deadline) {
        return new Attempt(AttemptPhase.PLACED, uncertain, requests, null, runtimeId, at, firstRequestAt,
                lastRequestAt, deadline, lastError, null, null, null, 0, ringingAt, connectedAt);
    }

    Attempt ended(CallStatus outcome, DisconnectionReason why, Instant at, long talkMs, String runtimeId,
                  Instant started) {
        return new Attempt(AttemptPhase.ENDED, uncertain, requests, null, runtimeId, started, firstRequestAt,
                lastRequestAt, deadlineAt, lastError, outcome, why, at, talkMs, ringingAt, connectedAt);
    }

    /** This attempt with the progress the runtime reported; what was known first is kept (a repeat changes nothing). */
    Attempt progressed(Instant ringing, Instant connected) {
        Instant ring = ringingAt != null ? ringingAt : ringing;
        Instant connect = connectedAt != null ? connectedAt : connected;
        return new Attempt(phase, uncertain, requests, nextRequestAt, runtimeCallId, placedAt, firstRequestAt,
                lastRequestAt, deadlineAt, lastError, outcome, reason, endedAt, durationMs, ring, connect);
    }

    /** Ended because the runtime rejected the call itself; {@code error} says why. */
    Attempt rejected(DisconnectionReason why, Instant at, Instant started, String error) {
        return new Attempt(AttemptPhase.ENDED, uncertain, requests, null, null, started, firstRequestAt,
                lastRequestAt, deadlineAt, error, CallStatus.error, why, at, 0, ringingAt, null);
    }

    Attempt withRuntimeId(String runtimeId) {
        return runtimeCallId != null || runtimeId == null ? this : new Attempt(phase, uncertain, requests,
                nextRequestAt, runtimeId, placedAt, firstRequestAt, lastRequestAt, deadlineAt, lastError, outcome,
                reason, endedAt, durationMs, ringingAt, connectedAt);
    }

    Attempt withDeadline(Instant deadline) {
        return new Attempt(phase, uncertain, requests, nextRequestAt, runtimeCallId, placedAt, firstRequestAt,
                lastRequestAt, deadline, lastError, outcome, reason, endedAt, durationMs, ringingAt, connectedAt);
    }

    /**
     * The call's status as the calls API shows it (vox v3): queued until the recipient answered (waiting for the
     * runtime, then ringing), ongoing once connected, then the outcome.
     */
    public String apiStatus() {
        return switch (phase) {
            case CLAIMED, PLACING -> "queued";
            case PLACED -> connectedAt == null ? "queued" : "ongoing";
            case ENDED -> outcome.name();
        };
    }

    /** A replica took over this attempt from a dead one: due now; a request it had in flight may have arrived. */
    public Attempt adopted(Instant now) {
        return new Attempt(phase, uncertain || phase == AttemptPhase.PLACING, requests, now, runtimeCallId, placedAt,
                firstRequestAt, lastRequestAt, deadlineAt, lastError, outcome, reason, endedAt, durationMs, ringingAt, connectedAt);
    }
}
