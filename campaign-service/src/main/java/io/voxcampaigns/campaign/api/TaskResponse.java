package io.voxcampaigns.campaign.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** One task of GET /v3/campaigns/{id}/tasks: the recipient, its status and its latest call. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TaskResponse(@JsonProperty("id") String id,
                           @JsonProperty("seq") int seq,
                           @JsonProperty("to_number") String toNumber,
                           @JsonProperty("dynamic_variables") Map<String, String> dynamicVariables,
                           @JsonProperty("metadata") JsonNode metadata,
                           @JsonProperty("presentation_number") String presentationNumber,
                           @JsonProperty("status") String status,
                           @JsonProperty("attempts") int attempts,
                           @JsonProperty("last_call_id") String lastCallId,
                           @JsonProperty("last_outcome") String lastOutcome,
                           @JsonProperty("last_disconnection_reason") String lastDisconnectionReason,
                           @JsonProperty("created_at") long createdAt,
                           @JsonProperty("updated_at") long updatedAt) {
}
