package io.voxcampaigns.dispatcher.domain;

import java.time.Instant;

import io.voxcampaigns.dispatcher.domain.Decision.Drain;
import io.voxcampaigns.dispatcher.domain.Decision.Fail;
import io.voxcampaigns.dispatcher.domain.Decision.PauseForRuntime;
import io.voxcampaigns.dispatcher.domain.Decision.PauseForWindow;
import io.voxcampaigns.dispatcher.domain.Decision.ReachSchedule;
import io.voxcampaigns.dispatcher.domain.Decision.ResumeForRuntime;
import io.voxcampaigns.dispatcher.domain.Decision.ResumeForWindow;

/**
 * Whether a campaign may have placement requests sent right now: checked in the transaction that marks attempts
 * as sent, immediately before the requests leave, so a pause, a cancel or a window closing after the claim stops
 * them. A campaign paused because the runtime refused its calls still re-sends the attempts it holds: they probe the
 * runtime, and their success resumes it.
 */
public final class PlacementGate {

    private PlacementGate() {
    }

    /** For the campaign as it is once {@code decision} (taken in the same round) has been carried out. */
    public static boolean mayPlace(CampaignSnapshot campaign, Decision decision, Instant now) {
        if (!campaign.settingsKnown() || campaign.status() == null || campaign.drained()
                || campaign.agent() == AgentState.DELETED) {
            return false;
        }
        if (campaign.scheduledAt() != null && campaign.scheduledAt().isAfter(now)) {
            return false;
        }
        return running(campaign, decision) && campaign.window().isOpen(now);
    }

    private static boolean running(CampaignSnapshot campaign, Decision decision) {
        if (decision instanceof PauseForWindow || decision instanceof Drain || decision instanceof Fail) {
            return false;
        }
        if (decision instanceof ReachSchedule || decision instanceof ResumeForRuntime
                || decision instanceof PauseForRuntime) {
            return true;
        }
        if (decision instanceof ResumeForWindow resume && resume.autoResume()) {
            return true;
        }
        return campaign.status().isActive() || campaign.pausedForRuntime();
    }
}
