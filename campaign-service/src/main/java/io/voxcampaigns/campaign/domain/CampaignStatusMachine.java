package io.voxcampaigns.campaign.domain;

import static io.voxcampaigns.campaign.domain.CampaignPhase.CANCELED;
import static io.voxcampaigns.campaign.domain.CampaignPhase.DRAFT;
import static io.voxcampaigns.campaign.domain.CampaignPhase.FAIL;
import static io.voxcampaigns.campaign.domain.CampaignPhase.ONGOING;
import static io.voxcampaigns.campaign.domain.CampaignPhase.PAUSED;
import static io.voxcampaigns.campaign.domain.CampaignPhase.PENDING;
import static io.voxcampaigns.campaign.domain.CampaignPhase.SUCCESS;

import java.util.Objects;

import io.voxcampaigns.campaign.domain.StatusDecision.Refusal;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;

/**
 * The campaign lifecycle of docs/api.md "Campaign status rules" as a pure function of the current state and a trigger.
 *
 * <p>Commands from the user may be refused. Facts from the dispatcher never are: the dispatcher reports what already
 * happened, often after the user changed the campaign (a late CallStarted after a cancel, a window opening for a
 * user-paused campaign), so a fact that does not apply to the current state leaves it as it is.
 */
public final class CampaignStatusMachine {

    private static final CampaignState PAUSED_BY_USER = CampaignState.paused(Pauser.USER);
    private static final CampaignState PAUSED_BY_SYSTEM = CampaignState.paused(Pauser.SYSTEM);

    private CampaignStatusMachine() {
    }

    /** The state of a new campaign: draft while scheduled_at is in the future, else pending. */
    public static CampaignState initial(boolean scheduledInFuture) {
        return CampaignState.of(scheduledInFuture ? DRAFT : PENDING);
    }

    /** The next state after the trigger, or why the trigger (a command) is refused. */
    public static StatusDecision decide(CampaignState current, CampaignTrigger trigger) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(trigger, "trigger");
        if (trigger instanceof CampaignTrigger.ScheduleReached) {
            return current.status() == DRAFT ? move(current, CampaignState.of(PENDING)) : Transition.stay(current);
        }
        if (trigger instanceof CampaignTrigger.CallStarted) {
            return callStarted(current);
        }
        if (trigger instanceof CampaignTrigger.WindowClosed || trigger instanceof CampaignTrigger.RuntimeUnavailable) {
            // The dispatcher reports a closing only for a campaign it may dispatch (pending or ongoing) that still has
            // queued tasks, and treats it as system-paused from then on (docs/dispatch.md "Lifecycle facts"). A
            // pending campaign created outside its windows sees no closing, so it keeps waiting as pending. A runtime
            // outage pauses the same way; a user pause stays the user's.
            boolean pauses = current.status() == ONGOING || current.status() == PENDING;
            return pauses ? move(current, PAUSED_BY_SYSTEM) : Transition.stay(current);
        }
        if (trigger instanceof CampaignTrigger.RuntimeAvailable available) {
            boolean resumes = available.pausedForRuntime() && current.isPausedBy(Pauser.SYSTEM);
            return resumes ? move(current, runnable(available.anyCallStarted())) : Transition.stay(current);
        }
        if (trigger instanceof CampaignTrigger.WindowOpened opened) {
            boolean resumes = opened.autoResume() && opened.pausedForWindow() && current.isPausedBy(Pauser.SYSTEM);
            return resumes ? move(current, runnable(opened.anyCallStarted())) : Transition.stay(current);
        }
        if (trigger instanceof CampaignTrigger.Drained drained) {
            return drained.allTasksTerminal() ? drained(current) : Transition.stay(current);
        }
        if (trigger instanceof CampaignTrigger.Requeued requeued) {
            // Only a finished campaign changes: it has something to call again. A canceled or failed one never calls
            // again (the dispatcher queues nothing for it); any other keeps its status.
            return current.status() == SUCCESS ? move(current, runnable(requeued.anyCallStarted()))
                    : Transition.stay(current);
        }
        if (trigger instanceof CampaignTrigger.FatalError) {
            return current.status().isTerminal() ? Transition.stay(current) : move(current, CampaignState.of(FAIL));
        }
        if (trigger instanceof CampaignTrigger.Pause) {
            return pause(current);
        }
        if (trigger instanceof CampaignTrigger.Resume resume) {
            return resume(current, resume);
        }
        if (trigger instanceof CampaignTrigger.Cancel) {
            return current.status().isTerminal()
                    ? refuse("cancel", current, "it has already finished")
                    : move(current, CampaignState.of(CANCELED));
        }
        if (trigger instanceof CampaignTrigger.Patch) {
            return patch(current);
        }
        if (trigger instanceof CampaignTrigger.AddTasks add) {
            return addTasks(current, add);
        }
        if (trigger instanceof CampaignTrigger.Reschedule reschedule) {
            return reschedule(current, reschedule);
        }
        throw new IllegalArgumentException("unknown trigger " + trigger);
    }

    private static StatusDecision callStarted(CampaignState current) {
        // A system-paused campaign only starts calls again because the user resumed it (outside a window, so the
        // pause passed to the system) and the window has now opened: the call proves it is running. A user pause is
        // never lifted by a call that started before the dispatcher saw the pause.
        boolean starts = current.status() == PENDING || current.isPausedBy(Pauser.SYSTEM);
        return starts ? move(current, CampaignState.of(ONGOING)) : Transition.stay(current);
    }

    private static StatusDecision drained(CampaignState current) {
        // Every task being terminal finishes any campaign that may have dispatched, even one paused while its last
        // calls were still in progress: nothing is left to resume. A draft has dispatched nothing.
        boolean finishes = current.status() == PENDING || current.status() == ONGOING || current.status() == PAUSED;
        return finishes ? move(current, CampaignState.of(SUCCESS)) : Transition.stay(current);
    }

    private static StatusDecision pause(CampaignState current) {
        if (current.isPausedBy(Pauser.USER)) {
            return new Refusal("cannot pause a campaign that is already paused by the user");
        }
        boolean pausable = current.status() == PENDING || current.status() == ONGOING
                || current.isPausedBy(Pauser.SYSTEM);
        return pausable
                ? move(current, PAUSED_BY_USER)
                : refuse("pause", current, "only pending, ongoing or system-paused campaigns can be paused");
    }

    private static StatusDecision resume(CampaignState current, CampaignTrigger.Resume resume) {
        if (current.status() != PAUSED) {
            return refuse("resume", current, "only paused campaigns can be resumed");
        }
        if (!resume.windowOpen()) {
            // Outside every window the campaign waits for the next opening, as a system pause does.
            return move(current, PAUSED_BY_SYSTEM);
        }
        return move(current, runnable(resume.anyCallStarted()));
    }

    /** Where a campaign goes when nothing holds it any more: ongoing once it has called, else back to pending. */
    private static CampaignState runnable(boolean anyCallStarted) {
        return CampaignState.of(anyCallStarted ? ONGOING : PENDING);
    }

    private static StatusDecision addTasks(CampaignState current, CampaignTrigger.AddTasks add) {
        if (current.status() == CANCELED || current.status() == FAIL) {
            return refuse("add calls to", current, "a canceled or failed campaign never calls again");
        }
        // A finished campaign has nothing running: it calls again, as a resumed one would.
        return current.status() == SUCCESS ? move(current, runnable(add.anyCallStarted())) : Transition.stay(current);
    }

    private static StatusDecision patch(CampaignState current) {
        boolean editable = current.status() == DRAFT || current.status() == PENDING || current.status() == PAUSED;
        return editable
                ? Transition.stay(current)
                : refuse("edit", current, "only draft, pending or paused campaigns can be edited");
    }

    private static StatusDecision reschedule(CampaignState current, CampaignTrigger.Reschedule reschedule) {
        StatusDecision editable = patch(current);
        if (editable instanceof Refusal || current.status() == PAUSED) {
            // A paused campaign keeps its pause; the new schedule applies to what the dispatcher does after resume.
            return editable;
        }
        return move(current, CampaignState.of(reschedule.inFuture() ? DRAFT : PENDING));
    }

    private static Transition move(CampaignState from, CampaignState to) {
        return Transition.between(from, to);
    }

    private static Refusal refuse(String action, CampaignState current, String why) {
        return new Refusal("cannot " + action + " a campaign in status " + current.status().value() + "; " + why);
    }
}
