package io.voxcampaigns.campaign.domain;

/** Where a number comes from, in vox's terms: bought from vox, or the organisation's own line (SIP trunk). */
public enum NumberProvider implements ApiValue {
    VOX, CUSTOM;

    /** The provider for an API value, or null when there is none. */
    public static NumberProvider fromValue(String value) {
        return ApiValue.parse(NumberProvider.class, value);
    }
}
