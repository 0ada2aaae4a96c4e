package io.voxcampaigns.dispatcher.engine;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each campaign's earliest held attempt (owned by this engine) is due for a request, as the rounds last read it:
 * a round looks for due attempts only when this says some are, so ordinary rounds cost no query for them.
 */
final class DueAttempts {

    private final ConcurrentHashMap<UUID, Instant> next = new ConcurrentHashMap<>();

    /** The earliest due time the round read; null: the engine holds none for the campaign. */
    void set(UUID campaignId, Instant at) {
        if (at == null) {
            next.remove(campaignId);
        } else {
            next.put(campaignId, at);
        }
    }

    /** Some held attempt is due now (or the engine must look: it adopted or was told so). */
    boolean isDue(UUID campaignId, Instant now) {
        Instant at = next.get(campaignId);
        return at != null && !at.isAfter(now);
    }

    /** When the campaign must be woken for its held attempts; null when none. */
    Instant at(UUID campaignId) {
        return next.get(campaignId);
    }
}
