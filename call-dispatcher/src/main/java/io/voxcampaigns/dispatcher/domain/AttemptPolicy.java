package io.voxcampaigns.dispatcher.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * How long to wait before re-sending an attempt, and how long a placed call may run before the runtime is asked.
 *
 * @param initialBackoff  wait after the first failed request; doubles with every further one
 * @param maxBackoff      longest computed wait
 * @param maxRetryAfter   longest wait a runtime's Retry-After may impose
 * @param callDeadline    ring + call timeout of the campaign's agent + margin: a placed call is expected to end
 *                        within it
 */
public record AttemptPolicy(Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
                            Duration callDeadline) {

    public AttemptPolicy {
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max and retry-after >= 0");
        }
    }

    /**
     * When the attempt may be sent again after its {@code requests}-th request failed: exponential backoff with
     * jitter (0.8-1.2, derived from the call id and the request count, so replicas spread their retries the same way),
     * never earlier than the runtime's Retry-After (capped).
     */
    public Instant retryAt(UUID callId, int requests, Duration retryAfter, Instant now) {
        int doublings = Math.max(0, Math.min(30, requests - 1));
        long base = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() << doublings);
        double jitter = 0.8 + 0.4 * new SplittableRandom(callId.getLeastSignificantBits() ^ requests).nextDouble();
        long wait = Math.min(maxBackoff.toMillis(), Math.round(base * jitter));
        if (retryAfter != null) {
            wait = Math.max(wait, Math.min(retryAfter.toMillis(), maxRetryAfter.toMillis()));
        }
        return now.plusMillis(wait);
    }
}
