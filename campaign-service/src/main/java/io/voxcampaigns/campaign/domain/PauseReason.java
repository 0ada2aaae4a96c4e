package io.voxcampaigns.campaign.domain;

import java.util.Locale;

/**
 * Why a campaign is paused: the pause API, outside every call time window, or the voice runtime refusing its calls
 * for longer than the dispatcher allows (docs/api.md, "pause_reason").
 */
public enum PauseReason {
    USER, CALL_TIME_WINDOW, VOICE_RUNTIME_UNAVAILABLE;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason of a state paused by {@code pausedBy}: the user's is always USER; the system's is given. */
    public static PauseReason of(Pauser pausedBy, PauseReason systemReason) {
        if (pausedBy == null) {
            return null;
        }
        return pausedBy == Pauser.USER ? USER : systemReason;
    }
}
