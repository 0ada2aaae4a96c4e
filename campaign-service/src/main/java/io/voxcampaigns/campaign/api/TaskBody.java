package io.voxcampaigns.campaign.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** One element of a create request's tasks; call_to is the v2 name of to_number and is accepted as an alias. */
public record TaskBody(@JsonProperty("to_number") String toNumber,
                       @JsonProperty("call_to") String callTo,
                       @JsonProperty("dynamic_variables") JsonNode dynamicVariables,
                       @JsonProperty("metadata") JsonNode metadata,
                       @JsonProperty("presentation_number") String presentationNumber) {
}
