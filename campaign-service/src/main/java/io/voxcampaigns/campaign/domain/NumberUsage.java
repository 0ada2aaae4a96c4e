package io.voxcampaigns.campaign.domain;

/** What an organisation number is for: placing calls (outbound) or being shown as caller id (presentation). */
public enum NumberUsage implements ApiValue {
    OUTBOUND, PRESENTATION;

    /** The usage for an API value, or null when there is none. */
    public static NumberUsage fromValue(String value) {
        return ApiValue.parse(NumberUsage.class, value);
    }
}
