package io.voxcampaigns.campaign.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How one attempt of a task ended, as kept in the task's list of attempt outcomes (oldest first).
 *
 * @param status              the call status of CallEnded: ended, not_connected, error or canceled
 * @param disconnectionReason why it ended; null when the runtime gave none
 * @param endedAt             unix ms
 */
public record AttemptResult(@JsonProperty("attempt") int attempt, @JsonProperty("call_id") String callId,
                            @JsonProperty("status") String status,
                            @JsonProperty("disconnection_reason") String disconnectionReason,
                            @JsonProperty("ended_at") long endedAt) {
}
