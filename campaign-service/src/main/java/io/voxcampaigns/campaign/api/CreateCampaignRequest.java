package io.voxcampaigns.campaign.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.domain.DomesticNumbers;
import io.voxcampaigns.campaign.domain.Timestamps;
import io.voxcampaigns.platform.retry.RetryPolicyInput;
import io.voxcampaigns.platform.retry.VoicemailActionInput;
import io.voxcampaigns.platform.schedule.CallRate;

/**
 * Body of POST /v3/campaigns, exactly as sent; {@link CampaignRequestValidation} checks it. The schema keywords
 * state the same rules for the OpenAPI document, from the same constants.
 */
@Schema(name = "CreateCampaignRequest")
public record CreateCampaignRequest(
        @JsonProperty("name")
        @Schema(required = true, minLength = 1, maxLength = CampaignRequestValidation.MAX_NAME,
                pattern = CampaignRequestValidation.NOT_BLANK, description = "not only whitespace")
        String name,
        @JsonProperty("from_number")
        @Schema(required = true, pattern = DomesticNumbers.PATTERN,
                description = "one of the organisation's outbound numbers; Korean domestic digits only")
        String fromNumber,
        @JsonProperty("agent")
        @Schema(required = true)
        AgentBody agent,
        @JsonProperty("tasks")
        @Schema(required = true, minItems = 1, maxItems = CampaignRequestValidation.MAX_TASKS)
        List<TaskBody> tasks,
        @JsonProperty("presentation_number")
        @Schema(nullable = true, pattern = DomesticNumbers.PATTERN,
                description = "one of the organisation's approved presentation numbers")
        String presentationNumber,
        @JsonProperty("scheduled_at")
        @Schema(nullable = true, minimum = "" + Timestamps.SMALLEST_SECONDS, maximum = "" + Timestamps.LARGEST_MILLIS,
                description = "unix milliseconds; a 10-11 digit value is read as unix seconds")
        Long scheduledAt,
        @JsonProperty("concurrency")
        @Schema(nullable = true, minimum = "1", maximum = "" + CampaignRequestValidation.MAX_CONCURRENCY,
                defaultValue = "" + CampaignRequestValidation.DEFAULT_CONCURRENCY)
        Integer concurrency,
        @JsonProperty("call_time_window")
        @Schema(nullable = true, description = "null or omitted: none set; 08:00-20:00 every day (Asia/Seoul) applies")
        CallTimeWindowBody callTimeWindow,
        @JsonProperty("retry_policy")
        @Schema(nullable = true, description = "an extension of ours: null or omitted: one attempt per task")
        RetryPolicyInput retryPolicy,
        @JsonProperty("voicemail_action")
        @Schema(nullable = true, description = "an extension of ours: null or omitted: hang up at a voicemail")
        VoicemailActionInput voicemailAction,
        @JsonProperty("max_calls_per_second")
        @Schema(nullable = true, minimum = CallRate.MIN_TEXT,
                maximum = "" + CallRate.MAX_PER_SECOND,
                description = "an extension of ours: the most calls started per second, evenly spaced; null or "
                        + "omitted: no limit but concurrency")
        Double maxCallsPerSecond,
        @JsonProperty("purpose")
        @Schema(nullable = true, defaultValue = "general",
                enumeration = {"general", "advertising", "financial_sales", "debt_collection"},
                description = "an extension of ours: what the calls are for; all but general call only 08:00-21:00 "
                        + "Korean time (advertising: unless the task has night_consent). Fixed at creation")
        String purpose) {
}
