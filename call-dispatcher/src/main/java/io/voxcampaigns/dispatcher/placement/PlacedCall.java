package io.voxcampaigns.dispatcher.placement;

import java.util.UUID;

import io.voxcampaigns.dispatcher.persistence.AttemptRow;
import io.voxcampaigns.platform.retry.VoicemailAction;

/**
 * One placement request to send: the attempt (its id is the idempotency key), whom to call and how.
 *
 * @param presentationNumber  caller id shown (task's, else campaign's), null for the from number
 * @param dynamicVariables    JSON object of strings
 * @param metadata            JSON object, or null
 * @param voicemailMessage    what the runtime leaves on a voicemail (the campaign's voicemail_action
 *                            leave_message), null to hang up there
 * @param request             1 for the attempt's first request, more for a re-send with the same key
 */
public record PlacedCall(UUID callId, UUID attemptId, UUID taskId, UUID campaignId, String organizationId,
                         String toNumber, String fromNumber, String presentationNumber, UUID agentId,
                         String agentVersion, String dynamicVariables, String metadata, AgentCallSettings settings,
                         String voicemailMessage, int request) {

    public static PlacedCall of(AttemptRow row, AgentCallSettings settings, VoicemailAction voicemail) {
        return new PlacedCall(row.callId(), row.attemptId(), row.taskId(), row.campaignId(), row.organizationId(),
                row.toNumber(), row.fromNumber(), row.presentationNumber(), row.agentId(), row.agentVersion(),
                row.dynamicVariables(), row.metadata(), settings, voicemail == null ? null : voicemail.message(),
                row.attempt().requests());
    }

    /** The caller id the recipient sees. */
    public String callerId() {
        return presentationNumber == null ? fromNumber : presentationNumber;
    }
}
