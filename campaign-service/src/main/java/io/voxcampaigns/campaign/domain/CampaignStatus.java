package io.voxcampaigns.campaign.domain;

/** The seven campaign statuses of the API; success, fail and canceled are final. */
public enum CampaignStatus {
    DRAFT, PENDING, ONGOING, PAUSED, SUCCESS, FAIL, CANCELED;

    public String value() {
        return name().toLowerCase();
    }

    /** The status for an API value, or null when there is none. */
    public static CampaignStatus fromValue(String value) {
        for (CampaignStatus status : values()) {
            if (status.value().equals(value)) {
                return status;
            }
        }
        return null;
    }

    /** Whether the campaign has finished for good. */
    public boolean isTerminal() {
        return this == SUCCESS || this == FAIL || this == CANCELED;
    }
}
