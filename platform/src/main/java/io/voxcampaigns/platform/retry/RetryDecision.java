package io.voxcampaigns.platform.retry;

import java.time.Instant;
import java.util.Objects;

/** What becomes of a task once one of its attempts ended: see {@link RetryScheduler#afterAttempt}. */
public sealed interface RetryDecision {

    /** Whether the task is finished (no attempt follows). */
    default boolean isFinal() {
        return !(this instanceof RetryAt);
    }

    /** The attempt connected: the task is {@code completed}. */
    record Completed() implements RetryDecision {
    }

    /** No further attempt: the task is {@code failed}. */
    record Exhausted(Cause cause) implements RetryDecision {

        public Exhausted {
            Objects.requireNonNull(cause, "cause");
        }
    }

    /** Why an exhausted task gets no further attempt. */
    enum Cause {
        /** The attempt was the last one max_attempts allows (or a callback beyond it). */
        last_attempt,
        /** retry_on does not name the outcome, it can never be retried, or a message was left at voicemail. */
        not_retried
    }

    /**
     * Another attempt was due at {@code dueAt} (the attempt's end plus the wait), but it or the next opening of the
     * calling hours after it lies past the policy's deadline, or the hours never open again: the task is
     * {@code failed} with outcome {@code expired}.
     */
    record Expired(Instant dueAt) implements RetryDecision {
    }

    /** Attempt number {@code attempt} (1-based) starts at {@code at}, which lies inside the calling hours. */
    record RetryAt(Instant at, int attempt) implements RetryDecision {

        public RetryAt {
            Objects.requireNonNull(at, "at");
        }
    }
}
