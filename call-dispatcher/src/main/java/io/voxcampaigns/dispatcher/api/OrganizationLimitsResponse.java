package io.voxcampaigns.dispatcher.api;

import java.time.Duration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.dispatcher.persistence.OrganizationLimits;

/** The organisation's limits as the API shows them: null where none is set, when the limits were last set. */
@Schema(name = "OrganizationLimitsResponse")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrganizationLimitsResponse(
        @JsonProperty("max_concurrent_calls") @Schema(nullable = true) Integer maxConcurrentCalls,
        @JsonProperty("inbound_reserve") int inboundReserve,
        @JsonProperty("max_calls_per_second") @Schema(nullable = true) Double maxCallsPerSecond,
        @JsonProperty("max_calls_per_second_per_number") @Schema(nullable = true) Double maxCallsPerSecondPerNumber,
        @JsonProperty("frequency_cap") @Schema(nullable = true) OrganizationLimitsFrequencyCap frequencyCap,
        @JsonProperty("updated_at") @Schema(nullable = true, description = "unix milliseconds; null when never set")
        Long updatedAt) {

    static OrganizationLimitsResponse of(OrganizationLimits limits) {
        OrganizationLimits.FrequencyCap cap = limits.frequencyCap();
        return new OrganizationLimitsResponse(limits.maxConcurrentCalls(), limits.inboundReserve(),
                limits.maxCallsPerSecond(), limits.numberMaxCallsPerSecond(),
                cap == null ? null : new OrganizationLimitsFrequencyCap(cap.maxAttempts(), hours(cap.period())),
                limits.updatedAt() == null ? null : limits.updatedAt().toEpochMilli());
    }

    private static int hours(Duration period) {
        return Math.toIntExact(period.toHours());
    }
}
