package io.voxcampaigns.campaign.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.campaign.domain.DomesticNumbers;

/**
 * One element of a create request's tasks; call_to is the v2 name of to_number and is accepted as an alias (send
 * exactly one of them).
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
        @Schema(type = SchemaType.OBJECT, nullable = true, additionalProperties = DynamicVariableValue.class,
                description = "string, number or boolean values, stored in their string form")
        JsonNode dynamicVariables,
        @JsonProperty("metadata")
        @Schema(type = SchemaType.OBJECT, nullable = true, additionalProperties = Schema.True.class,
                description = "any JSON object, echoed back; the key " + CampaignRequestValidation.RESERVED_METADATA_KEY
                        + " is reserved")
        JsonNode metadata,
        @JsonProperty("presentation_number")
        @Schema(nullable = true, pattern = DomesticNumbers.PATTERN,
                description = "an approved presentation number; overrides the campaign's")
        String presentationNumber) {

    /** The schema of one dynamic variable's value: a JSON scalar other than null. */
    @Schema(name = "DynamicVariableValue", oneOf = {String.class, Double.class, Boolean.class})
    static final class DynamicVariableValue {

        private DynamicVariableValue() {
        }
    }
}
