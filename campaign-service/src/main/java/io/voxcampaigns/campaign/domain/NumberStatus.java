package io.voxcampaigns.campaign.domain;

/** Outbound numbers are active when registered; presentation numbers are pending until an admin approves them. */
public enum NumberStatus {
    ACTIVE, PENDING, APPROVED;

    public String value() {
        return name().toLowerCase();
    }

    /** Whether a number in this status can be used in a campaign. */
    public boolean usable() {
        return this != PENDING;
    }
}
