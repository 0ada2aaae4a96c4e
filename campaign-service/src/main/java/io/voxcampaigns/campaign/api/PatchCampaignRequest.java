package io.voxcampaigns.campaign.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body of PATCH /v3/campaigns/{id}: omitted fields are kept, null clears a nullable one. from_number, agent and
 * tasks are modelled only so that sending them is a clear 400 rather than an unknown field.
 */
public record PatchCampaignRequest(@JsonProperty("name") String name,
                                   @JsonProperty("scheduled_at") Long scheduledAt,
                                   @JsonProperty("concurrency") Integer concurrency,
                                   @JsonProperty("presentation_number") String presentationNumber,
                                   @JsonProperty("call_time_window") CallTimeWindowBody callTimeWindow,
                                   @JsonProperty("from_number") JsonNode fromNumber,
                                   @JsonProperty("agent") JsonNode agent,
                                   @JsonProperty("tasks") JsonNode tasks) {
}
