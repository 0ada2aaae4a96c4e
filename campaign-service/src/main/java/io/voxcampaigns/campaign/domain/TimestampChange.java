package io.voxcampaigns.campaign.domain;

/** What a transition does to paused_at or finished_at. */
public enum TimestampChange {
    /** Set to the time of the transition. */
    SET,
    /** Set to null. */
    CLEAR,
    /** Leave as it is. */
    KEEP
}
