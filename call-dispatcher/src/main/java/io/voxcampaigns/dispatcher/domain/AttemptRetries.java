package io.voxcampaigns.dispatcher.domain;

import java.util.UUID;

import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.TaskExhaustedCause;
import io.voxcampaigns.platform.retry.AttemptOutcome;
import io.voxcampaigns.platform.retry.RetryDecision;
import io.voxcampaigns.platform.retry.RetryScheduler;

/**
 * What becomes of a task once one of its attempts ended (docs: dispatch, "Retries"): the campaign's retry rules
 * ({@link RetryScheduler#afterAttempt}) decide, except for an attempt that was canceled (never dialled, or given
 * up) and for a campaign that no longer calls (canceled or failed): their tasks end as the attempt did.
 */
public final class AttemptRetries {

    private AttemptRetries() {
    }

    /**
     * The decision after attempt {@code number} of {@code taskId} ended as {@code ended}; the task is final unless
     * it is a {@link RetryDecision.RetryAt}.
     */
    public static RetryDecision after(RetryScheduler retries, DispatchStatus campaign, UUID taskId, int number,
                                      Attempt ended) {
        if (ended.outcome() == CallStatus.canceled || campaign != null && campaign.isTerminal()) {
            return new RetryDecision.Exhausted(RetryDecision.Cause.not_retried);
        }
        AttemptOutcome outcome = new AttemptOutcome(ended.outcome() == CallStatus.ended, ended.reason());
        return retries.afterAttempt(taskId, number, outcome, ended.endedAt());
    }

    /**
     * Why a task failed for good, as TaskExhausted says it; null when it did not (completed, or called again), and
     * for a canceled attempt (its task is canceled).
     */
    public static TaskExhaustedCause exhausted(RetryDecision decision, Attempt ended) {
        if (ended.outcome() == CallStatus.canceled) {
            return null;
        }
        if (decision instanceof RetryDecision.Expired) {
            return TaskExhaustedCause.expired;
        }
        if (decision instanceof RetryDecision.Exhausted exhausted) {
            return TaskExhaustedCause.valueOf(exhausted.cause().name());
        }
        return null;
    }
}
