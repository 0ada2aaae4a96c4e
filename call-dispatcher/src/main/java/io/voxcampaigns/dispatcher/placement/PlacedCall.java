package io.voxcampaigns.dispatcher.placement;

import java.time.Instant;
import java.util.UUID;

/**
 * A claimed task's call, ready to place: its slot is taken and its attempt id stored.
 *
 * @param fromNumber          the campaign's outbound number
 * @param presentationNumber  caller id shown (task's, else campaign's), null for the from number
 * @param dynamicVariables    JSON object of strings
 * @param metadata            JSON object, or null
 */
public record PlacedCall(UUID callId, UUID attemptId, UUID taskId, UUID campaignId, String organizationId,
                         String toNumber, String fromNumber, String presentationNumber, UUID agentId,
                         String agentVersion, String dynamicVariables, String metadata, Instant startedAt,
                         AgentCallSettings settings) {

    /** The caller id the recipient sees. */
    public String callerId() {
        return presentationNumber == null ? fromNumber : presentationNumber;
    }
}
