package io.voxcampaigns.dispatcher.placement;

import java.time.Instant;
import java.util.UUID;

import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * How a placed call ended.
 *
 * @param status      ended (connected), not_connected or error
 * @param durationMs  connected talk time; 0 when not connected
 */
public record CallOutcome(UUID callId, UUID campaignId, CallStatus status, DisconnectionReason reason,
                          Instant endedAt, long durationMs) {

    /** The platform's own failure to get an outcome: the runtime refused, failed or never answered. */
    public static CallOutcome error(UUID callId, UUID campaignId, Instant at) {
        return new CallOutcome(callId, campaignId, CallStatus.error, DisconnectionReason.error_voxai, at, 0);
    }
}
