package io.voxcampaigns.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.domain.DomesticNumbers;
import io.voxcampaigns.campaign.domain.SuppressionRules;
import io.voxcampaigns.campaign.domain.Timestamps;

/** Body of POST /v3/suppressions: the number, and optionally why, where from and until when. */
@Schema(name = "AddSuppressionRequest")
public record AddSuppressionRequest(
        @JsonProperty("number")
        @Schema(required = true, pattern = DomesticNumbers.PATTERN)
        String number,
        @JsonProperty("reason")
        @Schema(nullable = true, maxLength = SuppressionRules.MAX_REASON)
        String reason,
        @JsonProperty("source")
        @Schema(nullable = true, pattern = SuppressionRules.SOURCE_PATTERN, defaultValue = SuppressionRules.SOURCE_API)
        String source,
        @JsonProperty("expires_at")
        @Schema(nullable = true, minimum = "" + Timestamps.SMALLEST_SECONDS, maximum = "" + Timestamps.LARGEST_MILLIS,
                description = "unix ms in the future (10-11 digits: seconds); null: never expires")
        Long expiresAt) {
}
