package io.voxcampaigns.campaign.domain;

import java.util.Objects;

/** A campaign's status and, exactly when paused, who paused it. */
public record CampaignState(CampaignPhase status, Pauser pausedBy) {

    public CampaignState {
        Objects.requireNonNull(status, "status");
        if ((status == CampaignPhase.PAUSED) != (pausedBy != null)) {
            throw new IllegalArgumentException("paused_by is set exactly when the status is paused, got "
                    + status.value() + " paused by " + pausedBy);
        }
    }

    /** A state that is not paused. */
    public static CampaignState of(CampaignPhase status) {
        return new CampaignState(status, null);
    }

    public static CampaignState paused(Pauser pausedBy) {
        return new CampaignState(CampaignPhase.PAUSED, Objects.requireNonNull(pausedBy, "pausedBy"));
    }

    public boolean isPausedBy(Pauser who) {
        return pausedBy == who;
    }
}
