package io.voxcampaigns.platform.retry;

import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * How an attempt ended, as far as retries care.
 *
 * @param connected whether the call connected (call_status {@code ended}): then the task is complete, whatever the
 *                  reason
 * @param reason    vox's disconnection reason; null when none was reported (never retried)
 */
public record AttemptOutcome(boolean connected, DisconnectionReason reason) {

    public static AttemptOutcome connected(DisconnectionReason reason) {
        return new AttemptOutcome(true, reason);
    }

    public static AttemptOutcome notConnected(DisconnectionReason reason) {
        return new AttemptOutcome(false, reason);
    }
}
