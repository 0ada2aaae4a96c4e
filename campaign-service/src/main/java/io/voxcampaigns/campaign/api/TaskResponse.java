package io.voxcampaigns.campaign.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One task of GET /v3/campaigns/{id}/tasks: the recipient, its status and its latest call; with a retry_policy also
 * when its next attempt is due (unix ms), every ended attempt's outcome ({attempt, call_id, status,
 * disconnection_reason, ended_at}, oldest first) and why it got no further attempt; the client's external_id; why a
 * queued task is not being dialled now (the enumeration lists WaitReason's values, WaitReasonTest keeps them equal)
 * and, held by a frequency cap, until when; why a canceled task was canceled.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TaskResponse(@JsonProperty("id") String id,
                           @JsonProperty("seq") int seq,
                           @JsonProperty("to_number") String toNumber,
                           @JsonProperty("dynamic_variables") Map<String, String> dynamicVariables,
                           @Schema(type = SchemaType.OBJECT, nullable = true) @JsonProperty("metadata") JsonNode metadata,
                           @Schema(nullable = true) @JsonProperty("presentation_number") String presentationNumber,
                           @JsonProperty("status") String status,
                           @JsonProperty("attempts") int attempts,
                           @Schema(nullable = true) @JsonProperty("last_call_id") String lastCallId,
                           @Schema(nullable = true) @JsonProperty("last_outcome") String lastOutcome,
                           @Schema(nullable = true) @JsonProperty("last_disconnection_reason") String lastDisconnectionReason,
                           @JsonProperty("created_at") long createdAt,
                           @JsonProperty("updated_at") long updatedAt,
                           @Schema(nullable = true) @JsonProperty("next_attempt_at") Long nextAttemptAt,
                           @JsonProperty("attempt_outcomes") List<AttemptOutcome> attemptOutcomes,
                           @Schema(nullable = true) @JsonProperty("exhausted_cause") String exhaustedCause,
                           @Schema(nullable = true) @JsonProperty("external_id") String externalId,
                           @Schema(nullable = true, enumeration = {"scheduled", "campaign_paused",
                                   "voice_runtime_unavailable", "blackout_date", "holiday", "call_time_window",
                                   "legal_hours", "not_due", "suppressed", "frequency_cap", "org_pool_full", "pacing"},
                                   description = "why a queued task is not being dialled now; null: it may be "
                                           + "dialled now, or is not queued")
                           @JsonProperty("waiting_reason") String waitingReason,
                           @JsonProperty("night_consent") boolean nightConsent,
                           @Schema(nullable = true, description = "with waiting_reason frequency_cap: when the "
                                   + "dispatcher may dial the task again (unix ms); null otherwise")
                           @JsonProperty("waiting_until") Long waitingUntil,
                           @Schema(nullable = true, enumeration = {"campaign_ended", "suppressed"},
                                   description = "why a canceled task was canceled: its campaign was canceled or "
                                           + "failed, or its number is suppressed (never dialled); null otherwise")
                           @JsonProperty("cancel_reason") String cancelReason) {

    /** How one attempt ended. */
    public record AttemptOutcome(@JsonProperty("attempt") int attempt,
                                 @JsonProperty("call_id") String callId,
                                 @JsonProperty("status") String status,
                                 @JsonProperty("disconnection_reason") String disconnectionReason,
                                 @JsonProperty("ended_at") long endedAt) {
    }
}
