package io.voxcampaigns.voiceruntime;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of the stub's record of one campaign (as named by the calls' {@code metadata.vox_campaigns}).
 *
 * @param dials      calls created (a replayed idempotency key creates none)
 * @param mostLive   most calls live at once, live meaning from creation until the call ended
 * @param replays    create requests answered with an existing call
 * @param rejected   create requests refused with 400 for their number (nothing dialled)
 * @param refused    create requests refused with 503 while unavailable (nothing dialled)
 * @param tasks      per task id, the calls created for it in creation order
 * @param attempts   per idempotency key, creations (must be 1) and replays
 */
public record CampaignReport(String campaignId, long dials, int mostLive, int liveNow, long replays, long rejected,
                             long refused, long connected, long notConnected, long errors,
                             Map<String, List<Dial>> tasks, Map<String, Attempt> attempts, Webhooks webhooks) {

    /**
     * One call created: its recipient, key, status now (final once ended), whether it was answered, when it was
     * created and when it ended (unix ms, null while live), and the voicemail message it was given (null: none).
     */
    public record Dial(String runtimeId, String toNumber, String attemptKey, String status,
                       String disconnectionReason, boolean connected, boolean ended, long createdAt, Long endAt,
                       String voicemailMessage) {
    }

    /** What one idempotency key did. */
    public record Attempt(int creations, int replays) {
    }

    /** Webhook deliveries of the campaign's calls (each copy counts as its own delivery). */
    public record Webhooks(long pending, long delivered, long givenUp, long refused, List<Webhook> deliveries) {
    }

    /**
     * One delivery: attempts made, the last HTTP status (0: no answer), and its state: pending, delivered (2xx),
     * refused (400/401, final) or given_up (no 2xx within the retry time).
     */
    public record Webhook(String event, String runtimeId, int copy, int attempts, int lastStatus, String state) {
    }
}
