package io.voxcampaigns.platform.retry;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * How often and when a task is called again after an attempt that did not connect.
 *
 * @param maxAttempts attempts a task gets on its own, the first included: 1 ({@link #DEFAULT_MAX_ATTEMPTS}, one
 *                    attempt and no retry) to {@link #MAX_ATTEMPTS}; callbacks come on top
 * @param retryOn     the disconnection reasons that earn another attempt; only retryable ones
 *                    ({@link RetryReasons}); empty: none does
 * @param spacing     the wait between an attempt's end and the next attempt
 * @param deadline    no attempt starts after it; null for none
 */
public record RetryPolicy(int maxAttempts, Set<DisconnectionReason> retryOn, Spacing spacing, Instant deadline) {

    public static final int DEFAULT_MAX_ATTEMPTS = 1;
    public static final int MAX_ATTEMPTS = 10;

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("max_attempts must be 1 to " + MAX_ATTEMPTS + ", got " + maxAttempts);
        }
        Set<DisconnectionReason> copy = EnumSet.noneOf(DisconnectionReason.class);
        copy.addAll(retryOn);
        if (!copy.stream().allMatch(RetryReasons::isRetryable)) {
            throw new IllegalArgumentException("retry_on holds a reason that is never retried: " + copy);
        }
        retryOn = Collections.unmodifiableSet(copy);
        Objects.requireNonNull(spacing, "spacing");
    }

    /** One attempt, no retry: what a campaign gets when it sends no retry_policy (the behaviour before retries). */
    public static RetryPolicy defaults() {
        return new RetryPolicy(DEFAULT_MAX_ATTEMPTS, RetryReasons.DEFAULT_RETRY_ON, Spacing.defaults(), null);
    }

    /**
     * The policy a client sent (null: the defaults), or empty after adding every problem to {@code errors} under
     * JSON paths that start with {@code path}, e.g. {@code retry_policy.retry_on[2]}. {@code timestamps} reads
     * deadline_at as the API reads every timestamp (null when the value is none), and the deadline must lie after
     * {@code now}.
     */
    public static Optional<RetryPolicy> validated(RetryPolicyInput input, String path, Instant now,
            LongFunction<Instant> timestamps, ValidationErrors errors) {
        Objects.requireNonNull(now, "now");
        return RetryPolicyValidation.validate(input, path, now, timestamps, errors);
    }

    /**
     * A policy stored as {@link #toInput()} wrote it: the same rules except that the deadline may have passed since.
     *
     * @throws IllegalArgumentException when the stored form breaks a rule
     */
    public static RetryPolicy restored(RetryPolicyInput stored) {
        ValidationErrors errors = new ValidationErrors();
        Optional<RetryPolicy> policy = RetryPolicyValidation.validate(stored, "retry_policy", null,
                Instant::ofEpochMilli, errors);
        return policy.orElseThrow(() -> new IllegalArgumentException("stored retry_policy is invalid: " + stored));
    }

    /** The API form, every default filled in (max_seconds only for exponential spacing). */
    public RetryPolicyInput toInput() {
        Integer maxSeconds = spacing.type() == SpacingType.exponential ? (int) spacing.max().toSeconds() : null;
        RetryPolicyInput.Spacing spacingInput = new RetryPolicyInput.Spacing(spacing.type().name(),
                (int) spacing.initial().toSeconds(), maxSeconds, spacing.jitter());
        return new RetryPolicyInput(maxAttempts, retryOn.stream().map(Enum::name).toList(), spacingInput,
                deadline == null ? null : deadline.toEpochMilli());
    }

    /** Whether an attempt that ended for this reason (not connected) earns another one, attempts left aside. */
    public boolean retries(DisconnectionReason reason) {
        return reason != null && retryOn.contains(reason);
    }

    /** Whether an attempt may start at {@code at}: not after the deadline. */
    public boolean allowsStartAt(Instant at) {
        return deadline == null || !at.isAfter(deadline);
    }
}
