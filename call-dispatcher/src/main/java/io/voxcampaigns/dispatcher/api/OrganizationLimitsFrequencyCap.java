package io.voxcampaigns.dispatcher.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** An organisation's contact-frequency cap as the API sends and shows it; both fields required. */
@Schema(name = "OrganizationLimitsFrequencyCap", description = "at most max_attempts attempts to one number in any "
        + "period_hours hours (rolling), across all the organisation's campaigns")
public record OrganizationLimitsFrequencyCap(
        @JsonProperty("max_attempts")
        @JsonDeserialize(using = OrganizationLimitsJson.WholeNumber.class)
        @Schema(required = true, minimum = "1", maximum = "" + OrganizationLimitsValidation.MAX_CAP_ATTEMPTS)
        Integer maxAttempts,
        @JsonProperty("period_hours")
        @JsonDeserialize(using = OrganizationLimitsJson.WholeNumber.class)
        @Schema(required = true, minimum = "1", maximum = "" + OrganizationLimitsValidation.MAX_CAP_PERIOD_HOURS)
        Integer periodHours) {
}
