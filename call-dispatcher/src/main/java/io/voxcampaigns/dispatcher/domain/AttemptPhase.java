package io.voxcampaigns.dispatcher.domain;

import java.util.Locale;

/**
 * Where a dialling attempt stands between the task's claim and its outcome. The slot the claim took is held in every
 * phase but {@link #ENDED}.
 */
public enum AttemptPhase {
    /** Claimed; the voice runtime certainly holds nothing for it (never sent, or every request definitely refused). */
    CLAIMED,
    /** A request was sent whose fate is unknown, or is in flight: the runtime may hold the call. */
    PLACING,
    /** The runtime took the call (it answered with its id, or reported the call). */
    PLACED,
    /** The outcome is recorded; the slot is free. */
    ENDED;

    /** The stored value (lower case). */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttemptPhase of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Phases whose attempt may still be sent to the runtime. */
    public boolean unsettled() {
        return this == CLAIMED || this == PLACING;
    }
}
