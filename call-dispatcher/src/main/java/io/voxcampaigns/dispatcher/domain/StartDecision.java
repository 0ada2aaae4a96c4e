package io.voxcampaigns.dispatcher.domain;

import java.time.Instant;

import io.voxcampaigns.dispatcher.domain.Decision.CancelQueued;
import io.voxcampaigns.dispatcher.domain.Decision.Drain;
import io.voxcampaigns.dispatcher.domain.Decision.Fail;
import io.voxcampaigns.dispatcher.domain.Decision.PauseForRuntime;
import io.voxcampaigns.dispatcher.domain.Decision.PauseForWindow;
import io.voxcampaigns.dispatcher.domain.Decision.ReachSchedule;
import io.voxcampaigns.dispatcher.domain.Decision.ResumeForRuntime;
import io.voxcampaigns.dispatcher.domain.Decision.ResumeForWindow;
import io.voxcampaigns.dispatcher.domain.Decision.Start;
import io.voxcampaigns.dispatcher.domain.Decision.Wait;
import io.voxcampaigns.events.common.CampaignFailureReason;

/**
 * The dispatcher's one rule for what happens next to a campaign (contract with campaign-service, sections 2-7):
 * nothing before scheduled_at, nothing while paused, canceled or finished, nothing outside the windows, never
 * more than {@code concurrency} calls in progress, never faster than its max_calls_per_second ({@link StartPace}),
 * and no new claims while the voice runtime refuses the campaign's calls for longer than allowed. Plain Java: a
 * function of the snapshot and the time.
 */
public final class StartDecision {

    private StartDecision() {
    }

    public static Decision decide(CampaignSnapshot campaign, Instant now, DecisionLimits limits) {
        DispatchStatus status = campaign.status();
        if (!campaign.settingsKnown() || status == null) {
            return Decision.idle();
        }
        if (status == DispatchStatus.CANCELED || status == DispatchStatus.FAIL) {
            return cancelRest(campaign, limits);
        }
        if (status == DispatchStatus.SUCCESS || campaign.drained()) {
            return Decision.idle();
        }
        if (campaign.agent() == AgentState.DELETED) {
            return new Fail(CampaignFailureReason.agent_deleted);
        }
        if (campaign.allTerminal()) {
            return new Drain(now);
        }
        Instant scheduledAt = campaign.scheduledAt();
        if (status == DispatchStatus.DRAFT && (scheduledAt == null || !scheduledAt.isAfter(now))) {
            return new ReachSchedule(scheduledAt == null ? now : scheduledAt);
        }
        if (scheduledAt != null && scheduledAt.isAfter(now)) {
            return new Wait(scheduledAt);
        }
        if (campaign.pausedForRuntime()) {
            return runtimePaused(campaign, now);
        }
        if (campaign.queued() == 0 || status == DispatchStatus.PAUSED && campaign.pausedBy() != PauseOrigin.SYSTEM) {
            return Decision.idle();
        }
        boolean open = campaign.window().isOpen(now);
        if (status == DispatchStatus.PAUSED) {
            return systemPaused(campaign, now, open);
        }
        if (!open) {
            Instant nextOpening = campaign.window().nextOpening(now).orElse(null);
            return campaign.started() ? new PauseForWindow(now, nextOpening) : new Wait(nextOpening);
        }
        Instant runtimePauseAt = runtimePauseAt(campaign, limits);
        if (runtimePauseAt != null && !runtimePauseAt.isAfter(now)) {
            return new PauseForRuntime(now, campaign.runtimeRefusedSince());
        }
        return earliest(startOrWait(campaign, now, limits), runtimePauseAt);
    }

    /**
     * A campaign paused because the runtime refused its calls resumes when the runtime took a call again (its held
     * attempts keep being retried, and are the probe), or when it holds no attempt left to probe with.
     */
    private static Decision runtimePaused(CampaignSnapshot campaign, Instant now) {
        return campaign.runtimeRefusedSince() == null || campaign.inProgress() == 0 ? new ResumeForRuntime(now)
                : Decision.idle();
    }

    private static Instant runtimePauseAt(CampaignSnapshot campaign, DecisionLimits limits) {
        Instant since = campaign.runtimeRefusedSince();
        return since == null ? null : since.plus(limits.runtimePauseAfter());
    }

    /** A wait that also ends when the runtime-pause deadline comes. */
    private static Decision earliest(Decision decision, Instant at) {
        if (at == null || !(decision instanceof Wait wait)) {
            return decision;
        }
        return wait.until() == null || at.isBefore(wait.until()) ? new Wait(at) : decision;
    }

    private static Decision cancelRest(CampaignSnapshot campaign, DecisionLimits limits) {
        boolean announce = campaign.failureReason() != null && !campaign.failureAnnounced();
        int queued = campaign.queued();
        if (queued == 0 && !announce) {
            return Decision.idle();
        }
        int tasks = Math.min(queued, limits.cancelBatch());
        return new CancelQueued(tasks, announce && tasks == queued);
    }

    private static Decision systemPaused(CampaignSnapshot campaign, Instant now, boolean open) {
        if (!open) {
            return new Wait(campaign.window().nextOpening(now).orElse(null));
        }
        return campaign.openAnnounced() ? Decision.idle() : new ResumeForWindow(now, campaign.resumeOnOpen());
    }

    private static Decision startOrWait(CampaignSnapshot campaign, Instant now, DecisionLimits limits) {
        if (campaign.agent() == AgentState.UNKNOWN && campaign.settingsAt() != null) {
            Instant graceEnd = campaign.settingsAt().plus(limits.unknownAgentGrace());
            if (graceEnd.isAfter(now)) {
                return new Wait(graceEnd);
            }
        }
        int free = campaign.concurrency() - campaign.inProgress();
        if (free <= 0) {
            // No slot: a call end wakes the campaign; the timer only has to notice the window closing.
            return new Wait(campaign.window().nextClosing(now).orElse(null));
        }
        int calls = Math.min(Math.min(free, campaign.queued()), limits.claimBatch());
        StartPace pace = campaign.pace();
        if (pace == null) {
            return new Start(calls);
        }
        // max_calls_per_second: one start per round at most, none before the pace allows it.
        return pace.allowance(now, calls) > 0 ? new Start(1) : new Wait(pace.dueAt());
    }
}
