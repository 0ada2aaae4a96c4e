package io.voxcampaigns.campaign.domain;

/**
 * How one attempt of a task ended, as kept in the task's list of attempt outcomes (oldest first).
 *
 * @param status              the call status of CallEnded: ended, not_connected, error or canceled
 * @param disconnectionReason why it ended; null when the runtime gave none
 * @param endedAt             unix ms
 */
public record AttemptResult(int attempt, String callId, String status, String disconnectionReason, long endedAt) {
}
