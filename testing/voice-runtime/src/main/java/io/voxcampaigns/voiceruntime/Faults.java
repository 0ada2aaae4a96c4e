package io.voxcampaigns.voiceruntime;

import java.time.Duration;
import java.time.Instant;

/**
 * The faults the stub injects.
 *
 * @param createDelay       how long POST /v3/calls takes to answer (a new call rings meanwhile)
 * @param unavailableUntil  until when every /v3/calls request is answered 503 and nothing is created
 * @param retryAfter        the Retry-After of those 503s; null for none
 * @param rejected          recipients refused with 400 (nothing dialled)
 * @param earlyFailures     recipients whose call fails at once, its call_ended delivered before the 201
 * @param minWebhookCopies  each webhook is delivered between min and max times (independent deliveries)
 * @param outOfOrderShare   share of connected calls whose call_started is delivered after their call_ended
 * @param echoMetadata      whether webhooks carry the call's metadata (off: receivers must match by call id)
 */
public record Faults(Duration createDelay, Instant unavailableUntil, Duration retryAfter, NumberSet rejected,
                     NumberSet earlyFailures, int minWebhookCopies, int maxWebhookCopies, double outOfOrderShare,
                     boolean echoMetadata) {

    public static final Faults NONE = new Faults(Duration.ZERO, Instant.EPOCH, null, NumberSet.NONE, NumberSet.NONE,
            1, 1, 0, true);

    public Faults {
        if (createDelay == null || createDelay.isNegative()) {
            throw new IllegalArgumentException("create delay must be >= 0, got " + createDelay);
        }
        if (unavailableUntil == null) {
            throw new IllegalArgumentException("unavailableUntil is required (Instant.EPOCH: available)");
        }
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retry-after must be >= 0, got " + retryAfter);
        }
        if (rejected == null || earlyFailures == null) {
            throw new IllegalArgumentException("number sets are required (NumberSet.NONE: no number)");
        }
        if (minWebhookCopies < 1 || maxWebhookCopies < minWebhookCopies) {
            throw new IllegalArgumentException("webhook copies must be 1 <= min <= max, got " + minWebhookCopies + ".."
                    + maxWebhookCopies);
        }
        if (!(outOfOrderShare >= 0 && outOfOrderShare <= 1)) {
            throw new IllegalArgumentException("out-of-order share must be between 0 and 1, got " + outOfOrderShare);
        }
    }

    public Faults withCreateDelay(Duration delay) {
        return new Faults(delay, unavailableUntil, retryAfter, rejected, earlyFailures, minWebhookCopies,
                maxWebhookCopies, outOfOrderShare, echoMetadata);
    }

    public Faults withUnavailable(Instant until, Duration answerRetryAfter) {
        return new Faults(createDelay, until, answerRetryAfter, rejected, earlyFailures, minWebhookCopies,
                maxWebhookCopies, outOfOrderShare, echoMetadata);
    }

    public Faults withRejected(NumberSet numbers) {
        return new Faults(createDelay, unavailableUntil, retryAfter, numbers, earlyFailures, minWebhookCopies,
                maxWebhookCopies, outOfOrderShare, echoMetadata);
    }

    public Faults withEarlyFailures(NumberSet numbers) {
        return new Faults(createDelay, unavailableUntil, retryAfter, rejected, numbers, minWebhookCopies,
                maxWebhookCopies, outOfOrderShare, echoMetadata);
    }

    public Faults withWebhookCopies(int min, int max, double outOfOrder) {
        return new Faults(createDelay, unavailableUntil, retryAfter, rejected, earlyFailures, min, max, outOfOrder,
                echoMetadata);
    }

    public Faults withEchoMetadata(boolean echo) {
        return new Faults(createDelay, unavailableUntil, retryAfter, rejected, earlyFailures, minWebhookCopies,
                maxWebhookCopies, outOfOrderShare, echo);
    }

    boolean unavailableAt(Instant now) {
        return now.isBefore(unavailableUntil);
    }
}
