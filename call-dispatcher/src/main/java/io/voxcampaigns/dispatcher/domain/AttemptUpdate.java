package io.voxcampaigns.dispatcher.domain;

import java.time.Instant;

import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/** Something learned about one attempt, applied by {@link AttemptLifecycle} in the campaign's next round. */
public sealed interface AttemptUpdate {

    /** When it was learned. */
    Instant at();

    /** The runtime answered a placement request. */
    record Answered(PlacementAnswer answer, Instant at) implements AttemptUpdate {
    }

    /**
     * The runtime reported the call's progress: it holds the call under {@code runtimeCallId}, the recipient's phone
     * rang at {@code ringingAt} (call_ringing webhook) or the recipient answered at {@code connectedAt}
     * (call_started webhook, vox's "right after connect"); either may be null.
     */
    record RuntimeStarted(String runtimeCallId, Instant ringingAt, Instant connectedAt, Instant at)
            implements AttemptUpdate {

        /** The recipient answered at {@code at}. */
        public RuntimeStarted(String runtimeCallId, Instant at) {
            this(runtimeCallId, null, at, at);
        }
    }

    /**
     * The runtime reported the call's outcome (call_ended webhook, its call record, or the simulated runtime).
     *
     * @param durationMs  connected talk time; 0 when not connected
     * @param connectedAt when the recipient answered, as the runtime reported it; null when it did not say
     */
    record RuntimeEnded(String runtimeCallId, CallStatus status, DisconnectionReason reason, Instant at,
                        long durationMs, Instant connectedAt) implements AttemptUpdate {

        /** An outcome without a connect time: a connected call answered {@code durationMs} before it ended. */
        public RuntimeEnded(String runtimeCallId, CallStatus status, DisconnectionReason reason, Instant at,
                            long durationMs) {
            this(runtimeCallId, status, reason, at, durationMs, null);
        }

        /** When the recipient answered; null unless the call ended connected. */
        Instant connected() {
            if (status != CallStatus.ended) {
                return null;
            }
            return connectedAt != null ? connectedAt : at.minusMillis(durationMs);
        }
    }

    /** The runtime says it does not know a call it took (its record lost it): the call ends as an error. */
    record RuntimeLost(Instant at) implements AttemptUpdate {
    }

    /** The runtime still holds a placed call past its deadline: ask again at {@code until}. */
    record StillLive(Instant until, Instant at) implements AttemptUpdate {
    }

    /**
     * The campaign finished (canceled or failed) while this attempt was unsettled and its deadline passed without
     * a word from the runtime: it is given up as canceled.
     */
    record Abandoned(Instant at) implements AttemptUpdate {
    }
}
