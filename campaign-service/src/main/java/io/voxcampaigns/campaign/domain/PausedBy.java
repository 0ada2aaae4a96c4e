package io.voxcampaigns.campaign.domain;

/** Who paused a campaign: the user through the pause API, or the system because no calling window is open. */
public enum PausedBy {
    USER, SYSTEM;

    public String value() {
        return name().toLowerCase();
    }

    /** The pauser for an API value, or null when there is none. */
    public static PausedBy fromValue(String value) {
        for (PausedBy pausedBy : values()) {
            if (pausedBy.value().equals(value)) {
                return pausedBy;
            }
        }
        return null;
    }
}
