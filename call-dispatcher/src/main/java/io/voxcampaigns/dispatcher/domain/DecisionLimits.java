package io.voxcampaigns.dispatcher.domain;

import java.time.Duration;

/**
 * Tunables of the start decision: batch sizes, how long an unknown agent is waited for, and how long the voice runtime
 * may refuse a campaign's calls before the campaign is paused.
 */
public record DecisionLimits(int claimBatch, int cancelBatch, Duration unknownAgentGrace, Duration runtimePauseAfter) {

    public DecisionLimits {
        if (claimBatch < 1 || cancelBatch < 1) {
            throw new IllegalArgumentException("batch sizes must be positive");
        }
    }
}
