package io.voxcampaigns.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.campaign.domain.DomesticNumbers;

/**
 * One element of a create or append request's tasks; call_to is the v2 name of to_number and is accepted as an alias
 * (send exactly one of them).
 */
@Schema(name = "TaskBody")
public record TaskBody(
        @JsonProperty("to_number")
        @Schema(pattern = DomesticNumbers.PATTERN, description = "the recipient; required unless call_to is sent")
        String toNumber,
        @JsonProperty("call_to")
        @Schema(pattern = DomesticNumbers.PATTERN, description = "vox v2's name of to_number; not with to_number")
        String callTo,
        @JsonProperty("dynamic_variables")
        @Schema(nullable = true, implementation = DynamicVariables.class,
                description = "string, number or boolean values, stored in their string form")
        JsonNode dynamicVariables,
        @JsonProperty("metadata")
        @Schema(nullable = true,
                description = "any JSON object, echoed back; the key " + CampaignRequestValidation.RESERVED_METADATA_KEY
                        + " is reserved")
        JsonNode metadata,
        @JsonProperty("presentation_number")
        @Schema(nullable = true, pattern = DomesticNumbers.PATTERN,
                description = "an approved presentation number; overrides the campaign's")
        String presentationNumber,
        @JsonProperty("external_id")
        @Schema(nullable = true, minLength = 1, maxLength = CampaignRequestValidation.MAX_EXTERNAL_ID,
                description = "the client's own id of the task, unique in the campaign: an append re-sent with it "
                        + "skips the tasks the campaign already has")
        String externalId,
        @JsonProperty("night_consent")
        @Schema(nullable = true, defaultValue = "false",
                description = "the recipient consented separately to advertising calls between 21:00 and 08:00 "
                        + "Korean time; only a campaign of purpose advertising reads it")
        Boolean nightConsent) {
}
