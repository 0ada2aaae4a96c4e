package io.voxcampaigns.campaign.domain;

/**
 * A number's service status in vox's terms. Numbers registered here are active from registration; the other
 * values belong to vox's purchase and termination flow, which this platform does not have, and are listed so that
 * vox's status filter works.
 */
public enum LineStatus implements ApiValue {
    ACTIVE, SCHEDULED, CANCEL_REQUESTED, EXPIRED;

    /** The status for an API value, or null when there is none. */
    public static LineStatus fromValue(String value) {
        return ApiValue.parse(LineStatus.class, value);
    }
}
