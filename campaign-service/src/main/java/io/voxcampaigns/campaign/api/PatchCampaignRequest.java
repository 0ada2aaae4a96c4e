package io.voxcampaigns.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.campaign.domain.DomesticNumbers;
import io.voxcampaigns.campaign.domain.Timestamps;
import io.voxcampaigns.platform.retry.RetryPolicyInput;
import io.voxcampaigns.platform.retry.VoicemailActionInput;
import io.voxcampaigns.platform.schedule.CallRate;

/**
 * Body of PATCH /v3/campaigns/{id}: omitted fields are kept, null clears a nullable one. from_number, agent, purpose
 * and tasks are modelled only so that sending them is a clear 400 rather than an unknown field; the OpenAPI document
 * hides them, since no request may carry them.
 */
@Schema(name = "PatchCampaignRequest", minProperties = 1)
public record PatchCampaignRequest(
        @JsonProperty("name")
        @Schema(minLength = 1, maxLength = CampaignRequestValidation.MAX_NAME,
                pattern = CampaignRequestValidation.NOT_BLANK, description = "not only whitespace")
        String name,
        @JsonProperty("scheduled_at")
        @Schema(nullable = true, minimum = "" + Timestamps.SMALLEST_SECONDS, maximum = "" + Timestamps.LARGEST_MILLIS,
                description = "unix milliseconds (10-11 digits: seconds); null clears it")
        Long scheduledAt,
        @JsonProperty("concurrency")
        @Schema(minimum = "1", maximum = "" + CampaignRequestValidation.MAX_CONCURRENCY)
        Integer concurrency,
        @JsonProperty("presentation_number")
        @Schema(nullable = true, pattern = DomesticNumbers.PATTERN, description = "null clears it")
        String presentationNumber,
        @JsonProperty("call_time_window")
        @Schema(nullable = true, description = "replaces the whole window; null removes it (the default applies)")
        CallTimeWindowBody callTimeWindow,
        @JsonProperty("retry_policy")
        @Schema(nullable = true, description = "an extension of ours: replaces the whole policy; null removes it (one "
                + "attempt per task). Applies to every attempt that ends after the change; a retry already scheduled "
                + "is still made")
        RetryPolicyInput retryPolicy,
        @JsonProperty("voicemail_action")
        @Schema(nullable = true, description = "an extension of ours: replaces the action; null: hang up at voicemail")
        VoicemailActionInput voicemailAction,
        @JsonProperty("max_calls_per_second")
        @Schema(nullable = true, minimum = CallRate.MIN_TEXT,
                maximum = "" + CallRate.MAX_PER_SECOND,
                description = "an extension of ours: replaces the start rate; null: no limit but concurrency")
        Double maxCallsPerSecond,
        @JsonProperty("from_number") @Schema(hidden = true) JsonNode fromNumber,
        @JsonProperty("agent") @Schema(hidden = true) JsonNode agent,
        @JsonProperty("tasks") @Schema(hidden = true) JsonNode tasks,
        @JsonProperty("purpose") @Schema(hidden = true) JsonNode purpose) {
}
