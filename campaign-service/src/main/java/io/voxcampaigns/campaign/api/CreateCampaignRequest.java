package io.voxcampaigns.campaign.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of POST /v3/campaigns, exactly as sent; {@link CampaignRequestValidation} checks it. */
public record CreateCampaignRequest(@JsonProperty("name") String name,
                                    @JsonProperty("from_number") String fromNumber,
                                    @JsonProperty("agent") AgentBody agent,
                                    @JsonProperty("tasks") List<TaskBody> tasks,
                                    @JsonProperty("presentation_number") String presentationNumber,
                                    @JsonProperty("scheduled_at") Long scheduledAt,
                                    @JsonProperty("concurrency") Integer concurrency,
                                    @JsonProperty("call_time_window") CallTimeWindowBody callTimeWindow) {
}
