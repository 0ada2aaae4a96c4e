package io.voxcampaigns.campaign.domain;

/** A campaign's status as the API names it (seven values); success, fail and canceled are final. */
public enum CampaignPhase {
    DRAFT, PENDING, ONGOING, PAUSED, SUCCESS, FAIL, CANCELED;

    public String value() {
        return name().toLowerCase();
    }

    /** The status for an API value, or null when there is none. */
    public static CampaignPhase fromValue(String value) {
        for (CampaignPhase status : values()) {
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
