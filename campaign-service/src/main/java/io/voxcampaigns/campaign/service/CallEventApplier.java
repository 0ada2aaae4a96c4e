package io.voxcampaigns.campaign.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.voxcampaigns.campaign.domain.AttemptResult;
import io.voxcampaigns.campaign.domain.CallCounters;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.TaskProgress;
import io.voxcampaigns.campaign.domain.TaskProgress.TaskChange;
import io.voxcampaigns.campaign.domain.TaskStatus;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.TaskCallStates;
import io.voxcampaigns.campaign.persistence.TaskCallStates.TaskCallState;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.TaskExhausted;
import io.voxcampaigns.events.call.TaskHeld;
import io.voxcampaigns.events.call.TaskRequeued;
import io.voxcampaigns.events.call.TaskRetryScheduled;
import io.voxcampaigns.events.common.CancelReason;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.common.TaskHoldReason;

/**
 * Applies CallStarted, CallEnded, TaskRetryScheduled, TaskExhausted, TaskRequeued and TaskHeld to a task and, in
 * the same transaction and by the same change, to its
 * campaign's counters, so the counters always equal what the task rows say. The counters are marked dirty for the
 * throttled CampaignCountersChanged instead of publishing one per call.
 */
@ApplicationScoped
public class CallEventApplier {

    private final CampaignTransitions transitions;

    CallEventApplier(CampaignTransitions transitions) {
        this.transitions = transitions;
    }

    /** Call with the campaign locked; answers the campaign events the call implies. */
    public List<SpecificRecord> started(Campaign campaign, TaskCallState task, CallStarted event) {
        markFirstCall(campaign, event.getStartedAt());
        Optional<TaskChange> change = TaskProgress.callStarted(task.state(), event.getAttempt());
        if (change.isEmpty()) {
            // A copy, a start arriving after its end, or one of an earlier attempt: nothing moves.
            return List.of();
        }
        change(campaign, task, change.get(), event.getCallId());
        task.nextAttemptAt = null;
        task.heldReason = null;
        task.heldUntil = null;
        // A call proves a pending (or system-paused, then resumed) campaign is running.
        return transitions.apply(campaign,
                transitions.decideFact(campaign, new CampaignTrigger.CallStarted()), event.getStartedAt());
    }

    /** Call with the campaign locked. */
    public void ended(Campaign campaign, TaskCallState task, CallEnded event) {
        boolean dialled = event.getStartedAt() != null;
        if (dialled) {
            markFirstCall(campaign, event.getStartedAt());
        }
        Optional<TaskChange> change = TaskProgress.callEnded(task.state(), event.getAttempt(),
                event.getStatus().name(), dialled, event.getRetryScheduled());
        change.ifPresent(c -> attemptEnded(campaign, task, c, new AttemptResult(event.getAttempt(),
                event.getCallId(), event.getStatus().name(), reason(event.getDisconnectionReason()),
                event.getEndedAt().toEpochMilli())));
        if (change.isPresent() && task.status == TaskStatus.CANCELED) {
            task.cancelReason = cancelReason(event.getCancelReason());
        }
    }

    /**
     * Call with the campaign locked: the dispatcher passes over the queued task until {@code until} (a frequency
     * cap). A hold of a reason this service does not know, or of a task no longer queued, changes nothing.
     */
    public void held(TaskCallState task, TaskHeld event) {
        if (task.status != TaskStatus.QUEUED || event.getReason() != TaskHoldReason.frequency_cap) {
            return;
        }
        task.heldReason = event.getReason().name();
        task.heldUntil = event.getUntil();
        task.changed();
    }

    /** A canceled outcome's reason: none (a writer before the field) means its campaign ended; unknown: null. */
    private static String cancelReason(CancelReason reason) {
        if (reason == null) {
            return TaskCallStates.CAMPAIGN_ENDED;
        }
        return reason == CancelReason.unknown ? null : reason.name();
    }

    /**
     * Call with the campaign locked: the attempt before {@code event.attempt} ended and the task waits for the next
     * one, due at {@code due_at}. Applies the end when its CallEnded was not applied first (the same change, so
     * either order gives one result), and keeps when the next attempt is due while it has not started.
     */
    public void retryScheduled(Campaign campaign, TaskCallState task, TaskRetryScheduled event) {
        int ended = event.getAttempt() - 1;
        TaskProgress.callEnded(task.state(), ended, event.getStatus().name(), false, true)
                .ifPresent(c -> attemptEnded(campaign, task, c, new AttemptResult(ended, event.getCallId(),
                        event.getStatus().name(), reason(event.getDisconnectionReason()),
                        event.getOccurredAt().toEpochMilli())));
        if (task.status == TaskStatus.QUEUED && task.attempts < event.getAttempt()) {
            task.nextAttemptAt = event.getDueAt();
            task.changed();
        }
    }

    /** Call with the campaign locked: the task gets no further attempt; it fails unless it already ended. */
    public void exhausted(Campaign campaign, TaskCallState task, TaskExhausted event) {
        TaskProgress.exhausted(task.state()).ifPresent(c -> change(campaign, task, c, null));
        if (task.status == TaskStatus.FAILED && task.exhaustedCause == null) {
            task.exhaustedCause = event.getCause().name();
            task.nextAttemptAt = null;
            task.changed();
        }
    }

    /**
     * Call with the campaign locked: the dispatcher queued the task again for one more attempt, due at
     * {@code due_at}; a finished campaign runs again. Answers the campaign events that implies.
     */
    public List<SpecificRecord> requeued(Campaign campaign, TaskCallState task, TaskRequeued event) {
        Optional<TaskChange> change = TaskProgress.requeued(task.state(), event.getAttempt());
        if (change.isEmpty()) {
            return List.of();
        }
        change(campaign, task, change.get(), null);
        task.nextAttemptAt = event.getDueAt();
        task.exhaustedCause = null;
        return transitions.apply(campaign, transitions.decideFact(campaign,
                new CampaignTrigger.Requeued(campaign.firstCallAt != null)), event.getOccurredAt());
    }

    private static void attemptEnded(Campaign campaign, TaskCallState task, TaskChange change,
                                     AttemptResult result) {
        change(campaign, task, change, result.callId());
        task.lastOutcome = result.status();
        task.lastDisconnectionReason = result.disconnectionReason();
        task.recordResult(result);
        if (change.to() != TaskStatus.QUEUED) {
            task.nextAttemptAt = null;
        }
    }

    private static String reason(DisconnectionReason reason) {
        return reason == null ? null : reason.name();
    }

    private static void change(Campaign campaign, TaskCallState task, TaskChange change, String callId) {
        task.status = change.to();
        task.attempts += change.attemptsAdded();
        if (callId != null) {
            task.lastCallId = callId;
        }
        task.changed();
        CallCounters delta = change.counters();
        campaign.completedCalls += (int) delta.completed();
        campaign.failedCalls += (int) delta.failed();
        campaign.activeConcurrency += (int) delta.active();
        campaign.countersDirty = true;
    }

    static void markFirstCall(Campaign campaign, Instant startedAt) {
        if (campaign.firstCallAt == null || startedAt.isBefore(campaign.firstCallAt)) {
            campaign.firstCallAt = startedAt;
        }
    }
}
