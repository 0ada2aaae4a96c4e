package io.voxcampaigns.dispatcher.domain;

/** Who paused a campaign: the user (pause API; only the resume API ends it) or the system (outside every window). */
public enum PauseOrigin {
    USER, SYSTEM;

    public String value() {
        return name().toLowerCase();
    }

    /** The stored value, or null for null. */
    public static PauseOrigin of(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
