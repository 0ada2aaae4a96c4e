package io.voxcampaigns.dispatcher.domain;

import java.time.Instant;
import java.util.UUID;

import io.voxcampaigns.dispatcher.domain.AttemptStep.RuntimeSignal;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate.Abandoned;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate.Answered;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate.RuntimeEnded;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate.RuntimeLost;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate.RuntimeStarted;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate.StillLive;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer.Accepted;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer.Refused;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer.Rejected;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer.Uncertain;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * The attempt lifecycle (docs: dispatch, "Attempts"): claimed -> placing -> placed -> ended, as a pure function of an
 * attempt and what was learned about it. The rules it keeps:
 * <ul>
 *   <li>the slot is freed only when the outcome is known (the runtime reported it, rejected the call, or lost a call
 *       it had taken) or when the runtime certainly never had the call;</li>
 *   <li>a refusal or a timeout never ends a task: the same attempt (same idempotency key) is retried;</li>
 *   <li>once a request may have reached the runtime the attempt is never put back in the queue, so a recipient is
 *       never dialled by two attempts;</li>
 *   <li>updates that arrive late or twice (an answer after the webhook, a repeated call_ended) change nothing.</li>
 * </ul>
 */
public final class AttemptLifecycle {

    private AttemptLifecycle() {
    }

    /** What to do with an unsettled attempt in a round. */
    public enum Gate {
        /** Send a placement request now. */
        SEND,
        /** Give the claim back to the queue: the runtime certainly holds nothing for it. */
        RELEASE,
        /** Keep it, slot held, until it is due or the campaign may place again. */
        HOLD
    }

    /**
     * The gate in front of every request: an unsettled attempt is sent when the campaign may place now (status,
     * pause, window, checked in the same transaction that marks it sent) and it is due; when the campaign may not
     * place, a claim the runtime certainly does not hold goes back to the queue, and one it may hold waits.
     */
    public static Gate gate(Attempt attempt, boolean campaignMayPlace, Instant now) {
        if (!attempt.phase().unsettled()) {
            return Gate.HOLD;
        }
        if (!campaignMayPlace) {
            return attempt.phase() == AttemptPhase.CLAIMED ? Gate.RELEASE : Gate.HOLD;
        }
        return attempt.nextRequestAt() == null || !attempt.nextRequestAt().isAfter(now) ? Gate.SEND : Gate.HOLD;
    }

    /** The attempt after {@code update}; {@code callId} only seeds the retry jitter. */
    public static AttemptStep apply(UUID callId, Attempt attempt, AttemptUpdate update, AttemptPolicy policy) {
        if (update instanceof Answered answered) {
            return answered(callId, attempt, answered.answer(), answered.at(), policy);
        }
        if (update instanceof RuntimeStarted started) {
            return progressed(attempt, started, policy);
        }
        if (update instanceof RuntimeEnded ended) {
            return runtimeEnded(attempt, ended);
        }
        if (update instanceof RuntimeLost lost) {
            return attempt.phase() == AttemptPhase.PLACED
                    ? end(attempt, attempt.ended(CallStatus.error, DisconnectionReason.error_voxai, lost.at(), 0,
                            attempt.runtimeCallId(), attempt.placedAt()), null, RuntimeSignal.ANSWERED)
                    : AttemptStep.unchanged(attempt, RuntimeSignal.ANSWERED);
        }
        if (update instanceof StillLive live) {
            return attempt.phase() == AttemptPhase.PLACED
                    ? AttemptStep.unchanged(attempt.withDeadline(live.until()), RuntimeSignal.ANSWERED)
                    : AttemptStep.unchanged(attempt, RuntimeSignal.ANSWERED);
        }
        if (update instanceof Abandoned abandoned) {
            return attempt.phase().unsettled()
                    ? end(attempt, attempt.ended(CallStatus.canceled, null, abandoned.at(), 0, attempt.runtimeCallId(),
                            null), null, RuntimeSignal.NONE)
                    : AttemptStep.unchanged(attempt, RuntimeSignal.NONE);
        }
        throw new IllegalArgumentException("unknown update " + update);
    }

    private static AttemptStep answered(UUID callId, Attempt attempt, PlacementAnswer answer, Instant at,
                                        AttemptPolicy policy) {
        if (answer instanceof Accepted accepted) {
            return taken(attempt, accepted.runtimeCallId(), at, policy);
        }
        if (answer instanceof Rejected rejected) {
            // The runtime judged the request itself (the number): no earlier copy of it can have created a call.
            return attempt.phase().unsettled()
                    ? end(attempt, attempt.rejected(rejected.reason(), at, startOf(attempt, at), rejected.error()),
                            null, RuntimeSignal.ANSWERED)
                    : AttemptStep.unchanged(attempt, RuntimeSignal.ANSWERED);
        }
        if (attempt.phase() != AttemptPhase.PLACING) {
            // A stale answer: a webhook already placed or ended the attempt.
            return AttemptStep.unchanged(attempt, answer instanceof Refused ? RuntimeSignal.REFUSED : RuntimeSignal.NONE);
        }
        if (answer instanceof Refused refused) {
            AttemptPhase next = attempt.uncertain() ? AttemptPhase.PLACING : AttemptPhase.CLAIMED;
            Instant retry = policy.retryAt(callId, attempt.requests(), refused.retryAfter(), at);
            return AttemptStep.unchanged(attempt.waiting(next, attempt.uncertain(), retry, refused.error()),
                    RuntimeSignal.REFUSED);
        }
        Uncertain uncertain = (Uncertain) answer;
        Instant retry = policy.retryAt(callId, attempt.requests(), null, at);
        return AttemptStep.unchanged(attempt.waiting(AttemptPhase.PLACING, true, retry, uncertain.error()),
                RuntimeSignal.NONE);
    }

    /**
     * The runtime holds the call: placed, unless a webhook got there first. The call started when the request it
     * took left (the gate checked the campaign right before), not when its answer was applied.
     */
    private static AttemptStep taken(Attempt attempt, String runtimeCallId, Instant at, AttemptPolicy policy) {
        if (!attempt.phase().unsettled()) {
            return AttemptStep.unchanged(attempt.withRuntimeId(runtimeCallId), RuntimeSignal.ANSWERED);
        }
        Instant startedAt = startOf(attempt, at);
        Attempt placed = attempt.placed(runtimeCallId, startedAt, at.plus(policy.callDeadline()));
        return new AttemptStep(placed, startedAt, false, false, RuntimeSignal.ANSWERED);
    }

    /**
     * The runtime reported the call ringing or connected: it holds the call (placed, if it was not yet) and the
     * progress is kept, so the call shows as ongoing from its connection. A repeated report changes nothing.
     */
    private static AttemptStep progressed(Attempt attempt, RuntimeStarted started, AttemptPolicy policy) {
        if (attempt.phase() == AttemptPhase.ENDED) {
            return AttemptStep.unchanged(attempt.withRuntimeId(started.runtimeCallId()), RuntimeSignal.ANSWERED);
        }
        return taken(attempt.progressed(started.ringingAt(), started.connectedAt()), started.runtimeCallId(),
                started.at(), policy);
    }

    /** When an unsettled attempt's call started: when its latest request left ({@code fallback} if none did). */
    private static Instant startOf(Attempt attempt, Instant fallback) {
        return attempt.lastRequestAt() != null ? attempt.lastRequestAt() : fallback;
    }

    private static AttemptStep runtimeEnded(Attempt attempt, RuntimeEnded ended) {
        if (attempt.phase() == AttemptPhase.ENDED) {
            return AttemptStep.unchanged(attempt.withRuntimeId(ended.runtimeCallId()), RuntimeSignal.ANSWERED);
        }
        String runtimeId = attempt.runtimeCallId() != null ? attempt.runtimeCallId() : ended.runtimeCallId();
        // An outcome that overtook the runtime's answer (or came for a claim adopted after a crash): the call was
        // placed, so it is announced as started first, when its request left.
        Instant startedAt = attempt.phase() == AttemptPhase.PLACED ? null : startOf(attempt, ended.at());
        Instant placedAt = startedAt != null ? startedAt : attempt.placedAt();
        Attempt done = attempt.progressed(null, ended.connected()).ended(ended.status(), ended.reason(), ended.at(),
                ended.durationMs(), runtimeId, placedAt);
        return end(attempt, done, startedAt, RuntimeSignal.ANSWERED);
    }

    private static AttemptStep end(Attempt before, Attempt after, Instant startedAt, RuntimeSignal runtime) {
        return new AttemptStep(after, startedAt, true, before.phase() != AttemptPhase.ENDED, runtime);
    }
}
