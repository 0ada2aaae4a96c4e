package io.voxcampaigns.dispatcher.engine;

import java.time.Duration;

/** Tunables of the start decision: batch sizes and how long an unknown agent is waited for. */
public record DecisionLimits(int claimBatch, int cancelBatch, Duration unknownAgentGrace) {

    public DecisionLimits {
        if (claimBatch < 1 || cancelBatch < 1) {
            throw new IllegalArgumentException("batch sizes must be positive");
        }
    }
}
