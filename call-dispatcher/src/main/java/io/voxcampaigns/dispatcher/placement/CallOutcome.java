package io.voxcampaigns.dispatcher.placement;

import java.time.Instant;
import java.util.UUID;

import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * How a call ended, as the voice runtime reported it.
 *
 * @param runtimeCallId  the runtime's id of the call, when it gave one
 * @param status         ended (connected), not_connected or error
 * @param durationMs     connected talk time; 0 when not connected
 * @param connectedAt    when the recipient answered, as the runtime reported it; null when not connected or unsaid
 */
public record CallOutcome(UUID callId, UUID campaignId, String runtimeCallId, CallStatus status,
                          DisconnectionReason reason, Instant endedAt, long durationMs, Instant connectedAt) {
}
