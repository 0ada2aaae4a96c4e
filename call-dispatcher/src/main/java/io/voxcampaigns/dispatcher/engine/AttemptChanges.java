package io.voxcampaigns.dispatcher.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;

import io.voxcampaigns.dispatcher.domain.Attempt;
import io.voxcampaigns.dispatcher.domain.AttemptLifecycle;
import io.voxcampaigns.dispatcher.domain.AttemptPolicy;
import io.voxcampaigns.dispatcher.domain.AttemptRetries;
import io.voxcampaigns.dispatcher.domain.AttemptStep;
import io.voxcampaigns.dispatcher.domain.AttemptStep.RuntimeSignal;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer;
import io.voxcampaigns.dispatcher.persistence.AttemptRow;
import io.voxcampaigns.dispatcher.persistence.CampaignRow;
import io.voxcampaigns.dispatcher.persistence.TaskRetries;
import io.voxcampaigns.events.common.TaskExhaustedCause;
import io.voxcampaigns.platform.retry.RetryDecision;

/**
 * One round's changes to a campaign's attempts, folded through {@link AttemptLifecycle} in the order they were
 * learned: the rows to write back, the call events to publish (in order), how many attempts ended (slots freed),
 * and what the runtime's answers say about its availability.
 */
final class AttemptChanges {

    private final CampaignRow campaign;
    private final AttemptPolicy policy;
    private final Map<UUID, AttemptRow> rows = new LinkedHashMap<>();
    private final Map<UUID, AttemptRow> changed = new LinkedHashMap<>();
    private final List<SpecificRecord> events = new ArrayList<>();
    private final List<AttemptRow> ended = new ArrayList<>();
    private boolean placed;
    private Instant refusedSince;
    private String refusal;
    private boolean retryScheduled;
    private final List<TaskRetries.Retry> retries = new ArrayList<>();
    private int terminal;

    AttemptChanges(CampaignRow campaign, AttemptPolicy policy, List<AttemptRow> current) {
        this.campaign = campaign;
        this.policy = policy;
        this.refusedSince = campaign.runtimeRefusedSince();
        this.refusal = campaign.runtimeError();
        current.forEach(row -> rows.put(row.callId(), row));
    }

    /** Applies one update; answers whether it changed the attempt (false for an unknown call or a late copy). */
    boolean apply(UUID callId, AttemptUpdate update) {
        AttemptRow row = rows.get(callId);
        if (row == null) {
            return false;
        }
        AttemptStep step = AttemptLifecycle.apply(callId, row.attempt(), update, policy);
        noteRuntime(step.runtime(), update);
        if (!step.changed(row.attempt())) {
            return false;
        }
        AttemptRow next = row.with(step.attempt());
        rows.put(callId, next);
        changed.put(callId, next);
        if (update instanceof AttemptUpdate.Answered && next.attempt().phase().unsettled()) {
            retryScheduled = true;
        }
        if (step.startedAt() != null) {
            if (!campaign.started() && !placed) {
                events.add(CallEvents.dispatchStarted(campaign, step.startedAt()));
            }
            placed = true;
            events.add(CallEvents.started(next, step.startedAt()));
        }
        RetryDecision decision = step.freesSlot() ? afterAttempt(next) : null;
        if (step.announceEnd()) {
            announceEnd(next, decision);
        }
        if (step.freesSlot()) {
            ended.add(next);
            if (decision instanceof RetryDecision.RetryAt retry) {
                retries.add(new TaskRetries.Retry(next.taskId(), retry.at()));
            } else {
                terminal++;
            }
        }
        return true;
    }

    /**
     * CallEnded, and what follows for its task: TaskRetryScheduled when it is called again, TaskExhausted when a
     * campaign with a retry policy gives it no further attempt.
     */
    private void announceEnd(AttemptRow row, RetryDecision decision) {
        events.add(CallEvents.ended(row, decision instanceof RetryDecision.RetryAt));
        if (decision instanceof RetryDecision.RetryAt retry) {
            events.add(CallEvents.retryScheduled(row, retry));
        }
        TaskExhaustedCause cause = decision == null ? null : AttemptRetries.exhausted(decision, row.attempt());
        if (cause != null && campaign.retryPolicy() != null) {
            events.add(CallEvents.exhausted(campaign, row.taskId(), row.number(), cause, row.attempt().endedAt()));
        }
    }

    /** What becomes of the task of an attempt that just ended: the campaign's retry rules decide. */
    private RetryDecision afterAttempt(AttemptRow row) {
        return AttemptRetries.after(campaign.retries(), campaign.status(), row.taskId(), row.number(), row.attempt());
    }

    /** Marks these attempts as sent now (written with the others); answers them as sent. */
    List<AttemptRow> sending(List<AttemptRow> attempts, Instant now, Instant leaseEnd) {
        List<AttemptRow> sent = new ArrayList<>(attempts.size());
        for (AttemptRow row : attempts) {
            Attempt attempt = row.attempt().sending(now, leaseEnd, now.plus(policy.callDeadline()));
            AttemptRow next = row.with(attempt);
            rows.put(row.callId(), next);
            changed.put(row.callId(), next);
            sent.add(next);
        }
        return sent;
    }

    /** A refusal starts (or continues) the count towards a runtime pause; any answer from the runtime ends it. */
    private void noteRuntime(RuntimeSignal signal, AttemptUpdate update) {
        if (signal == RuntimeSignal.ANSWERED) {
            refusedSince = null;
            refusal = null;
        } else if (signal == RuntimeSignal.REFUSED) {
            if (refusedSince == null) {
                refusedSince = update.at();
            }
            if (update instanceof AttemptUpdate.Answered answered
                    && answered.answer() instanceof PlacementAnswer.Refused refused) {
                refusal = refused.error();
            }
        }
    }

    List<AttemptRow> changedRows() {
        return List.copyOf(changed.values());
    }

    List<SpecificRecord> events() {
        return events;
    }

    /** Attempts that ended in this round, their slots freed. */
    List<AttemptRow> ended() {
        return ended;
    }

    /** Tasks whose ended attempt is not their last: back in the backlog, each due at its instant. */
    List<TaskRetries.Retry> retries() {
        return retries;
    }

    /** Tasks that became terminal in this round (the ended attempts whose task gets no other). */
    int terminal() {
        return terminal;
    }

    boolean placed() {
        return placed;
    }

    Instant refusedSince() {
        return refusedSince;
    }

    String refusal() {
        return refusal;
    }

    /** Some attempt was given a later try in this round (refused or uncertain): when the next is due changed. */
    boolean retryScheduled() {
        return retryScheduled;
    }

    /** Adds attempts read later in the round (adopted, past their deadline), so updates can apply to them. */
    void include(List<AttemptRow> more) {
        more.forEach(row -> rows.putIfAbsent(row.callId(), row));
    }

    /** Adopted attempts: due now, and uncertain when a request of the dead owner may have left. */
    void adopt(List<AttemptRow> adopted, Instant now) {
        for (AttemptRow row : adopted) {
            AttemptRow next = row.with(row.attempt().adopted(now));
            rows.put(row.callId(), next);
            changed.put(row.callId(), next);
        }
    }
}
