package io.voxcampaigns.dispatcher.placement;

import java.time.Instant;

import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/** What the voice runtime says about a call it took, when the deadline sweep asks. */
public sealed interface RuntimeCallStatus {

    /** The call is still ringing or connected: its slot stays held. */
    record Live() implements RuntimeCallStatus {
    }

    /** The call ended (its call_ended webhook was lost or is late); connectedAt null when it never connected. */
    record Ended(CallStatus status, DisconnectionReason reason, Instant endedAt, long durationMs, Instant connectedAt)
            implements RuntimeCallStatus {
    }

    /** The runtime does not know the call. */
    record Unknown() implements RuntimeCallStatus {
    }

    /** The runtime could not be asked (down, timeout): ask again later, slot held. */
    record Unreachable(String error) implements RuntimeCallStatus {
    }
}
