package io.voxcampaigns.dispatcher.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import io.voxcampaigns.platform.schedule.CallRate;

/**
 * Body of PUT /v3/organization-limits, exactly as sent: every limit at once, an omitted or null one removed.
 * {@link OrganizationLimitsValidation} checks it; the schema keywords state the same bounds from the same constants.
 */
@Schema(name = "OrganizationLimitsBody")
public record OrganizationLimitsBody(
        @JsonProperty("max_concurrent_calls")
        @JsonDeserialize(using = OrganizationLimitsJson.WholeNumber.class)
        @Schema(nullable = true, minimum = "1", maximum = "" + OrganizationLimitsValidation.MAX_CONCURRENT_CALLS,
                description = "the most calls at once across all the organisation's campaigns, the inbound "
                        + "reserve included; null or omitted: no pool")
        Integer maxConcurrentCalls,
        @JsonProperty("inbound_reserve")
        @JsonDeserialize(using = OrganizationLimitsJson.WholeNumber.class)
        @Schema(nullable = true, minimum = "0", maximum = "" + (OrganizationLimitsValidation.MAX_CONCURRENT_CALLS - 1),
                defaultValue = "0", description = "slots of the pool kept free for inbound calls: less than "
                        + "max_concurrent_calls; above 0 only with max_concurrent_calls")
        Integer inboundReserve,
        @JsonProperty("max_calls_per_second")
        @JsonDeserialize(using = OrganizationLimitsJson.Decimal.class)
        @Schema(nullable = true, minimum = CallRate.MIN_TEXT, maximum = "" + CallRate.MAX_PER_SECOND,
                description = "the most calls the organisation starts per second; null or omitted: no limit")
        Double maxCallsPerSecond,
        @JsonProperty("max_calls_per_second_per_number")
        @JsonDeserialize(using = OrganizationLimitsJson.Decimal.class)
        @Schema(nullable = true, minimum = CallRate.MIN_TEXT, maximum = "" + CallRate.MAX_PER_SECOND,
                description = "the most calls each of the organisation's outbound numbers starts per second; null "
                        + "or omitted: no limit")
        Double maxCallsPerSecondPerNumber,
        @JsonProperty("frequency_cap")
        @Schema(nullable = true, description = "null or omitted: no cap")
        OrganizationLimitsFrequencyCap frequencyCap) {
}
