package io.voxcampaigns.campaign.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.platform.retry.RetryPolicyInput;
import io.voxcampaigns.platform.retry.VoicemailActionInput;

/**
 * A campaign as the API shows it: the fields of vox's CampaignResponseV3 plus updated_at, pause_reason (why it is
 * paused: user, call_time_window or voice_runtime_unavailable; null when not paused) and the attempt policies
 * retry_policy and voicemail_action (every default filled in; null when not set), purpose and its legal_hours;
 * suppressed_tasks only in the answers of create and append.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CampaignResponse(@JsonProperty("id") String id,
                               @JsonProperty("name") String name,
                               @JsonProperty("status") String status,
                               @JsonProperty("agent") AgentBody agent,
                               @JsonProperty("from_number") String fromNumber,
                               @JsonProperty("total_calls") int totalCalls,
                               @JsonProperty("completed_calls") int completedCalls,
                               @JsonProperty("failed_calls") int failedCalls,
                               @JsonProperty("concurrency") int concurrency,
                               @JsonProperty("active_concurrency") int activeConcurrency,
                               @JsonProperty("created_at") long createdAt,
                               @Schema(nullable = true) @JsonProperty("presentation_number") String presentationNumber,
                               @Schema(nullable = true) @JsonProperty("scheduled_at") Long scheduledAt,
                               @Schema(nullable = true) @JsonProperty("finished_at") Long finishedAt,
                               @Schema(nullable = true) @JsonProperty("paused_at") Long pausedAt,
                               @Schema(nullable = true) @JsonProperty("paused_by") String pausedBy,
                               @Schema(nullable = true, description = "null when none was set: 08:00-20:00 every day (Asia/Seoul) applies")
                               @JsonProperty("call_time_window") CallTimeWindowBody callTimeWindow,
                               @JsonProperty("updated_at") long updatedAt,
                               @Schema(nullable = true) @JsonProperty("pause_reason") String pauseReason,
                               @Schema(nullable = true) @JsonProperty("retry_policy") RetryPolicyInput retryPolicy,
                               @Schema(nullable = true) @JsonProperty("voicemail_action") VoicemailActionInput voicemailAction,
                               @Schema(enumeration = {"general", "advertising", "financial_sales", "debt_collection"})
                               @JsonProperty("purpose") String purpose,
                               @Schema(nullable = true, description = "when the law lets calls of the purpose start, "
                                       + "whatever call_time_window says; null for general")
                               @JsonProperty("legal_hours") LegalHoursBody legalHours,
                               @Schema(nullable = true)
                               @JsonProperty("max_calls_per_second") Double maxCallsPerSecond,
                               @Schema(description = "only in the answers of create and of an append: how many of "
                                       + "its queued tasks have a number suppressed now (the dispatcher cancels them)")
                               @JsonInclude(JsonInclude.Include.NON_NULL)
                               @JsonProperty("suppressed_tasks") Long suppressedTasks) {

    /** The campaign with its stored window and attempt policies (each null when not set). */
    static CampaignResponse of(Campaign c, CallTimeWindowBody window, RetryPolicyInput retryPolicy,
                               VoicemailActionInput voicemailAction) {
        return new CampaignResponse(c.id.toString(), c.name, c.status.value(),
                new AgentBody(c.agentId.toString(), c.agentVersion), c.fromNumber, c.totalCalls, c.completedCalls,
                c.failedCalls, c.concurrency, c.activeConcurrency, c.createdAt.toEpochMilli(), c.presentationNumber,
                millis(c.scheduledAt), millis(c.finishedAt), millis(c.pausedAt),
                c.pausedBy == null ? null : c.pausedBy.value(), window, c.updatedAt.toEpochMilli(),
                c.pauseReason == null ? null : c.pauseReason.value(), retryPolicy, voicemailAction, c.purpose.value(),
                c.purpose.legalHours().map(LegalHoursBody::of).orElse(null), c.maxCallsPerSecond, null);
    }

    /** The same campaign with how many of its queued tasks are suppressed now (answers of create and append). */
    CampaignResponse withSuppressedTasks(long count) {
        return new CampaignResponse(id, name, status, agent, fromNumber, totalCalls, completedCalls, failedCalls,
                concurrency, activeConcurrency, createdAt, presentationNumber, scheduledAt, finishedAt, pausedAt,
                pausedBy, callTimeWindow, updatedAt, pauseReason, retryPolicy, voicemailAction, purpose, legalHours,
                maxCallsPerSecond, count);
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }
}
