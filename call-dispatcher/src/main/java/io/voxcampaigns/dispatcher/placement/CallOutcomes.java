package io.voxcampaigns.dispatcher.placement;

import java.time.Instant;
import java.util.UUID;

/** Where a placer reports outcomes it learns by itself; each attempt's first report counts, later ones change nothing. */
public interface CallOutcomes {

    void ended(CallOutcome outcome);

    /**
     * The runtime's call rang from {@code ringingAt} and the recipient answered at {@code connectedAt}; where
     * outcomes only are reported (a test's runtime), nothing happens.
     */
    default void connected(UUID campaignId, UUID callId, String runtimeCallId, Instant ringingAt,
                           Instant connectedAt) {
    }
}
