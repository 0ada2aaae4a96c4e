package io.voxcampaigns.dispatcher.domain;

import java.time.Duration;

import io.voxcampaigns.events.common.DisconnectionReason;

/** What the voice runtime answered one placement request; a placer maps every HTTP result onto one of these. */
public sealed interface PlacementAnswer {

    /** The runtime holds the call under {@code runtimeCallId} (a first creation or an idempotent replay). */
    record Accepted(String runtimeCallId) implements PlacementAnswer {
    }

    /**
     * The runtime certainly did not create the call (connection refused, 429, 502, 503, ...): the same attempt is
     * retried later, not before {@code retryAfter} when the runtime said so (null: it did not).
     */
    record Refused(Duration retryAfter, String error) implements PlacementAnswer {
    }

    /** The request may have reached the runtime (timeout, connection reset, 5xx): re-sent with the same key. */
    record Uncertain(String error) implements PlacementAnswer {
    }

    /** The runtime refused the call itself (an invalid number): the attempt ends with {@code reason}, never retried. */
    record Rejected(DisconnectionReason reason, String error) implements PlacementAnswer {
    }
}
