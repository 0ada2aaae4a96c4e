package io.voxcampaigns.campaign.domain;

/** Who paused a campaign: the user through the pause API, or the system because no calling window is open. */
public enum Pauser {
    USER, SYSTEM;

    public String value() {
        return name().toLowerCase();
    }

    /** The pauser for an API value, or null when there is none. */
    public static Pauser fromValue(String value) {
        for (Pauser pausedBy : values()) {
            if (pausedBy.value().equals(value)) {
                return pausedBy;
            }
        }
        return null;
    }
}
