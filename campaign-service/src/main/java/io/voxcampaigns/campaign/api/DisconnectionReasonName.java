package io.voxcampaigns.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The disconnection reasons of calls (vox's list), as a re-run's filter names them; DisconnectionReasonNameTest keeps
 * the list equal to the events' reasons.
 */
@Schema(name = "DisconnectionReason", description = "why a call ended (the disconnection_reason of calls)")
public enum DisconnectionReasonName {
    user_hangup, agent_hangup, dial_no_answer, dial_failed, dial_busy, voicemail_reached, concurrency_limit_reached,
    insufficient_balance, error_voxai, max_duration_reached, inactivity, flow_error, call_transfer,
    orphaned_no_agent_pickup, dial_declined, daily_call_limit_reached
}
