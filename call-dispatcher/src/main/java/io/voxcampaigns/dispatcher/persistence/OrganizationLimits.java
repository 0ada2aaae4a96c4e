package io.voxcampaigns.dispatcher.persistence;

import java.time.Duration;
import java.time.Instant;

/**
 * An organisation's limits across all its campaigns (issue 16); a null field sets no limit.
 *
 * @param maxConcurrentCalls the most calls at once across its campaigns, the inbound reserve included
 * @param inboundReserve slots of that pool kept free for inbound calls (0 when none; only with a pool)
 * @param maxCallsPerSecond the most calls the organisation starts per second
 * @param numberMaxCallsPerSecond the most calls each of its outbound numbers starts per second
 * @param frequencyCap the most attempts to one number per rolling period across its campaigns
 * @param updatedAt when the limits were last set; null when they never were
 */
public record OrganizationLimits(Integer maxConcurrentCalls, int inboundReserve, Double maxCallsPerSecond,
                                 Double numberMaxCallsPerSecond, FrequencyCap frequencyCap, Instant updatedAt) {

    /** The limits of an organisation that never set any: none. */
    public static final OrganizationLimits NONE = new OrganizationLimits(null, 0, null, null, null, null);

    /** At most {@code maxAttempts} attempts to one number in any {@code period}. */
    public record FrequencyCap(int maxAttempts, Duration period) {
    }
}
