package io.voxcampaigns.dispatcher.persistence;

import java.util.UUID;

import io.vertx.mutiny.sqlclient.Row;
import io.voxcampaigns.dispatcher.domain.Attempt;
import io.voxcampaigns.dispatcher.domain.AttemptPhase;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * A call row: what never changes after the claim (who is called, by whom, with what) and the attempt's state.
 *
 * @param callerId          the number the recipient sees: task's, else campaign's presentation number, else from
 * @param dynamicVariables  JSON object of strings
 * @param metadata          JSON object, or null
 * @param number            the task's attempt number this call is, from 1
 */
public record AttemptRow(UUID callId, UUID taskId, UUID attemptId, UUID campaignId, String organizationId,
                         String toNumber, String fromNumber, String presentationNumber, UUID agentId,
                         String agentVersion, String dynamicVariables, String metadata, int number,
                         boolean nightConsent, Attempt attempt) {

    /** The columns every statement returning call rows selects. */
    static final String COLUMNS = "id, task_id, attempt_id, campaign_id, organization_id, to_number, from_number, "
            + "presentation_number, agent_id, agent_version, dynamic_variables, metadata, phase, uncertain, requests, "
            + "next_request_at, runtime_call_id, placed_at, first_request_at, last_request_at, deadline_at, "
            + "last_error, status, disconnection_reason, end_at, duration_ms, ringing_at, start_at, attempt, "
            + "night_consent";

    static AttemptRow from(Row row) {
        String reason = row.getString("disconnection_reason");
        AttemptPhase phase = AttemptPhase.of(row.getString("phase"));
        Attempt attempt = new Attempt(phase, row.getBoolean("uncertain"),
                row.getInteger("requests"), SqlTime.instant(row.getOffsetDateTime("next_request_at")),
                row.getString("runtime_call_id"), SqlTime.instant(row.getOffsetDateTime("placed_at")),
                SqlTime.instant(row.getOffsetDateTime("first_request_at")),
                SqlTime.instant(row.getOffsetDateTime("last_request_at")),
                SqlTime.instant(row.getOffsetDateTime("deadline_at")), row.getString("last_error"),
                phase == AttemptPhase.ENDED ? CallStatus.valueOf(row.getString("status")) : null,
                reason == null ? null : DisconnectionReason.valueOf(reason),
                SqlTime.instant(row.getOffsetDateTime("end_at")), row.getLong("duration_ms"),
                SqlTime.instant(row.getOffsetDateTime("ringing_at")),
                SqlTime.instant(row.getOffsetDateTime("start_at")));
        return new AttemptRow(row.getUUID("id"), row.getUUID("task_id"), row.getUUID("attempt_id"),
                row.getUUID("campaign_id"), row.getString("organization_id"), row.getString("to_number"),
                row.getString("from_number"), row.getString("presentation_number"), row.getUUID("agent_id"),
                row.getString("agent_version"), row.getString("dynamic_variables"), row.getString("metadata"),
                row.getInteger("attempt"), row.getBoolean("night_consent"), attempt);
    }

    public AttemptRow with(Attempt changed) {
        return new AttemptRow(callId, taskId, attemptId, campaignId, organizationId, toNumber, fromNumber,
                presentationNumber, agentId, agentVersion, dynamicVariables, metadata, number, nightConsent, changed);
    }

    /** The caller id the recipient sees. */
    public String callerId() {
        return presentationNumber == null ? fromNumber : presentationNumber;
    }
}
