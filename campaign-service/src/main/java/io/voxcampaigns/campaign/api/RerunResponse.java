package io.voxcampaigns.campaign.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * POST /v3/campaigns/{id}/retry: how many failed tasks were asked for one more attempt (the dispatcher queues them
 * again moments later), and the campaign.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RerunResponse(@JsonProperty("requeued_count") int requeuedCount,
                            @JsonProperty("campaign") CampaignResponse campaign) {
}
