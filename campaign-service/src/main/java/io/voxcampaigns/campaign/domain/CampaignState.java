package io.voxcampaigns.campaign.domain;

import java.util.Objects;

/** A campaign's status and, exactly when paused, who paused it. */
public record CampaignState(CampaignStatus status, PausedBy pausedBy) {

    public CampaignState {
        Objects.requireNonNull(status, "status");
        if ((status == CampaignStatus.PAUSED) != (pausedBy != null)) {
            throw new IllegalArgumentException("paused_by is set exactly when the status is paused, got "
                    + status.value() + " paused by " + pausedBy);
        }
    }

    /** A state that is not paused. */
    public static CampaignState of(CampaignStatus status) {
        return new CampaignState(status, null);
    }

    public static CampaignState paused(PausedBy pausedBy) {
        return new CampaignState(CampaignStatus.PAUSED, Objects.requireNonNull(pausedBy, "pausedBy"));
    }

    public boolean isPausedBy(PausedBy who) {
        return pausedBy == who;
    }
}
