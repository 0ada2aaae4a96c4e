package io.voxcampaigns.dispatcher.domain;

import java.time.Instant;

import io.voxcampaigns.events.common.CampaignFailureReason;
import io.voxcampaigns.platform.schedule.CallingHours;

/**
 * Everything the start decision looks at for one campaign, read under the campaign's row lock.
 *
 * @param settingsKnown   whether campaign.events brought the settings (tasks may come first)
 * @param pausedBy        who paused it, when {@code status} is paused
 * @param resumeOnOpen    when paused by the system: whether the dispatcher resumes by itself when a window opens
 * @param openAnnounced   when paused by the system: the window-opened fact was published, waiting for the user
 * @param started         at least one call was started (the campaign is no longer pending)
 * @param settingsAt      when the dispatcher learned the settings (the unknown-agent grace runs from there)
 * @param failureReason   set when the dispatcher itself failed the campaign; null otherwise
 * @param systemPause     why the system paused it, when {@code pausedBy} is system
 * @param runtimeRefusedSince  when the voice runtime started refusing this campaign's requests without accepting
 *                        one since; null while it takes them
 * @param requeuesPending some task was asked for one more attempt (a callback, a re-run) and not queued again yet:
 *                        the campaign is not drained
 * @param pace            its max_calls_per_second and when its next call may start; null: no limit
 */
public record CampaignSnapshot(boolean settingsKnown, DispatchStatus status, PauseOrigin pausedBy,
                               boolean resumeOnOpen, boolean openAnnounced, boolean started, Instant scheduledAt, CallingHours window,
                               int concurrency, int inProgress, int storedTasks, int terminalTasks, int totalTasks,
                               boolean drained, AgentState agent, Instant settingsAt,
                               CampaignFailureReason failureReason, boolean failureAnnounced,
                               SystemPause systemPause, Instant runtimeRefusedSince, boolean requeuesPending,
                               StartPace pace) {

    /** Tasks stored and neither in progress nor terminal. */
    public int queued() {
        return Math.max(0, storedTasks - terminalTasks - inProgress);
    }

    /** Paused by the system because the voice runtime refused its calls. */
    public boolean pausedForRuntime() {
        return status == DispatchStatus.PAUSED && pausedBy == PauseOrigin.SYSTEM
                && systemPause == SystemPause.RUNTIME;
    }

    /** Every task of the campaign is stored and terminal, and none was asked for one more attempt. */
    public boolean allTerminal() {
        return totalTasks > 0 && storedTasks >= totalTasks && terminalTasks >= storedTasks && inProgress == 0
                && !requeuesPending;
    }
}
