package io.voxcampaigns.dispatcher.engine;

import java.time.Instant;
import java.util.UUID;

import io.voxcampaigns.dispatcher.domain.Attempt;
import io.voxcampaigns.dispatcher.persistence.AttemptRow;
import io.voxcampaigns.dispatcher.persistence.CampaignRow;
import io.voxcampaigns.dispatcher.persistence.TaskClaims.CanceledTask;
import io.voxcampaigns.dispatcher.persistence.TaskRequeues;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDispatchFailed;
import io.voxcampaigns.events.call.CampaignDispatchStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.call.CampaignRuntimeAvailable;
import io.voxcampaigns.events.call.CampaignRuntimeUnavailable;
import io.voxcampaigns.events.call.CampaignScheduleReached;
import io.voxcampaigns.events.call.CampaignWindowClosed;
import io.voxcampaigns.events.call.CampaignWindowOpened;
import io.voxcampaigns.events.call.TaskExhausted;
import io.voxcampaigns.events.call.TaskRequeued;
import io.voxcampaigns.events.call.TaskRetryScheduled;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.CancelReason;
import io.voxcampaigns.events.common.ThrottleReason;
import io.voxcampaigns.events.call.CampaignThrottled;
import io.voxcampaigns.events.call.TaskHeld;
import io.voxcampaigns.events.common.TaskHoldReason;
import io.voxcampaigns.dispatcher.persistence.TaskClaims.HeldTask;
import io.voxcampaigns.events.common.CampaignFailureReason;
import io.voxcampaigns.events.common.TaskExhaustedCause;
import io.voxcampaigns.platform.retry.RetryDecision;

/** Builds the records the dispatcher publishes on call.events (key: campaign id). */
final class CallEvents {

    private CallEvents() {
    }

    /** The runtime took the attempt's call at {@code at}; ringing and connect times when the runtime said so first. */
    static CallStarted started(AttemptRow call, Instant at) {
        return CallStarted.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(call.organizationId()).setCampaignId(call.campaignId().toString())
                .setCallId(call.callId().toString()).setTaskId(call.taskId().toString())
                .setAttemptId(call.attemptId().toString()).setToNumber(call.toNumber())
                .setFromNumber(call.callerId()).setAgentId(call.agentId().toString())
                .setAgentVersion(call.agentVersion()).setStartedAt(at)
                .setRingingAt(call.attempt().ringingAt()).setConnectedAt(call.attempt().connectedAt())
                .setAttempt(call.number()).build();
    }

    /**
     * The attempt's outcome; started_at null when the call was never dialled (given up, canceled);
     * {@code retryScheduled}: the task gets another attempt (TaskRetryScheduled follows).
     */
    static CallEnded ended(AttemptRow call, boolean retryScheduled) {
        Attempt attempt = call.attempt();
        return CallEnded.newBuilder().setEventId(newId()).setOccurredAt(attempt.endedAt())
                .setOrganizationId(call.organizationId()).setCampaignId(call.campaignId().toString())
                .setCallId(call.callId().toString()).setTaskId(call.taskId().toString())
                .setAttemptId(call.attemptId().toString()).setStatus(attempt.outcome())
                .setDisconnectionReason(attempt.reason()).setStartedAt(attempt.placedAt())
                .setEndedAt(attempt.endedAt()).setDurationMs(attempt.durationMs())
                .setRingingAt(attempt.ringingAt()).setConnectedAt(attempt.connectedAt())
                .setAttempt(call.number()).setRetryScheduled(retryScheduled).build();
    }

    /** The task of an attempt that did not connect is queued again: attempt {@code next} due at {@code dueAt}. */
    static TaskRetryScheduled retryScheduled(AttemptRow call, RetryDecision.RetryAt next) {
        Attempt attempt = call.attempt();
        return TaskRetryScheduled.newBuilder().setEventId(newId()).setOccurredAt(attempt.endedAt())
                .setOrganizationId(call.organizationId()).setCampaignId(call.campaignId().toString())
                .setTaskId(call.taskId().toString()).setCallId(call.callId().toString()).setAttempt(next.attempt())
                .setDueAt(next.at()).setStatus(attempt.outcome()).setDisconnectionReason(attempt.reason()).build();
    }

    /** A task asked for one more attempt (a callback, a re-run) is queued again for attempt {@code attempts + 1}. */
    static TaskRequeued requeued(CampaignRow campaign, TaskRequeues.Requeued task, Instant at) {
        return TaskRequeued.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setTaskId(task.taskId().toString()).setAttempt(task.attempts() + 1).setDueAt(task.dueAt())
                .setReason(task.reason()).build();
    }

    /** A task gets no further attempt after {@code attempts} of them and failed. */
    static TaskExhausted exhausted(CampaignRow campaign, UUID taskId, int attempts, TaskExhaustedCause cause,
                                   Instant at) {
        return TaskExhausted.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setTaskId(taskId.toString()).setAttempts(attempts).setCause(cause).setExhaustedAt(at).build();
    }

    /**
     * A queued task canceled before it was dialled (its campaign ended, or its number is suppressed): fresh call and
     * attempt ids, never started, no disconnection reason.
     */
    static CallEnded canceled(CampaignRow campaign, CanceledTask task, CancelReason reason, Instant at) {
        return CallEnded.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setCallId(task.callId().toString()).setTaskId(task.taskId().toString())
                .setAttemptId(task.attemptId().toString()).setStatus(CallStatus.canceled)
                .setDisconnectionReason(null).setStartedAt(null).setEndedAt(at).setDurationMs(0)
                .setAttempt(task.attempt()).setCancelReason(reason).build();
    }

    /** A task passed over until its number is under its contact caps again. */
    static TaskHeld held(CampaignRow campaign, HeldTask task, Instant at) {
        return TaskHeld.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setTaskId(task.taskId().toString()).setReason(TaskHoldReason.frequency_cap).setUntil(task.until())
                .build();
    }

    /** What holds the campaign below the calls it could start changed to {@code reason} (null: nothing). */
    static CampaignThrottled throttled(CampaignRow campaign, ThrottleReason reason, Instant at) {
        return CampaignThrottled.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setReason(reason).build();
    }

    static CampaignDispatchStarted dispatchStarted(CampaignRow campaign, Instant at) {
        return CampaignDispatchStarted.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setStartedAt(at).build();
    }

    static CampaignScheduleReached scheduleReached(CampaignRow campaign, Instant scheduledAt, Instant at) {
        return CampaignScheduleReached.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setScheduledAt(scheduledAt).build();
    }

    static CampaignWindowClosed windowClosed(CampaignRow campaign, Instant closedAt, Instant nextOpening) {
        return CampaignWindowClosed.newBuilder().setEventId(newId()).setOccurredAt(closedAt)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setClosedAt(closedAt).setNextOpeningAt(nextOpening).build();
    }

    static CampaignWindowOpened windowOpened(CampaignRow campaign, Instant openedAt, boolean autoResume) {
        return CampaignWindowOpened.newBuilder().setEventId(newId()).setOccurredAt(openedAt)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setOpenedAt(openedAt).setAutoResume(autoResume).build();
    }

    static CampaignDrained drained(CampaignRow campaign, Instant at) {
        return CampaignDrained.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setDrainedAt(at).build();
    }

    static CampaignDispatchFailed dispatchFailed(CampaignRow campaign, CampaignFailureReason reason,
                                                        Instant at) {
        return CampaignDispatchFailed.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setReason(reason).setFailedAt(at).build();
    }

    static CampaignRuntimeUnavailable runtimeUnavailable(CampaignRow campaign, Instant since, Instant at) {
        return CampaignRuntimeUnavailable.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setUnavailableSince(since)
                .setLastError(campaign.runtimeError() == null ? "refused" : campaign.runtimeError()).build();
    }

    static CampaignRuntimeAvailable runtimeAvailable(CampaignRow campaign, Instant at) {
        return CampaignRuntimeAvailable.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setAvailableAt(at).build();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
