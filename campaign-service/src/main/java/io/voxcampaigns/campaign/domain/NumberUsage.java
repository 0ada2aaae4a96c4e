package io.voxcampaigns.campaign.domain;

/** What an organisation number is for: placing calls (outbound) or being shown as caller id (presentation). */
public enum NumberUsage {
    OUTBOUND, PRESENTATION;

    public String value() {
        return name().toLowerCase();
    }

    /** The usage for an API value, or null when there is none. */
    public static NumberUsage fromValue(String value) {
        for (NumberUsage usage : values()) {
            if (usage.value().equals(value)) {
                return usage;
            }
        }
        return null;
    }
}
