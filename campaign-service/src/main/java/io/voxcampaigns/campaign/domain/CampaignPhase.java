package io.voxcampaigns.campaign.domain;

/** A campaign's status as the API names it (seven values); success, fail and canceled are final. */
public enum CampaignPhase implements ApiValue {
    DRAFT, PENDING, ONGOING, PAUSED, SUCCESS, FAIL, CANCELED;

    /** The status for an API value, or null when there is none. */
    public static CampaignPhase fromValue(String value) {
        return ApiValue.parse(CampaignPhase.class, value);
    }

    /** Whether the campaign has finished for good. */
    public boolean isTerminal() {
        return this == SUCCESS || this == FAIL || this == CANCELED;
    }
}
