package io.voxcampaigns.dispatcher.domain;

import java.time.Instant;

import io.voxcampaigns.events.common.CampaignFailureReason;

/** What the dispatcher does next for one campaign; {@link StartDecision} chooses it. */
public sealed interface Decision {

    /** Claim and place this many calls now. */
    record Start(int calls) implements Decision {
    }

    /** Nothing to do before {@code until} (null: until an event changes something). */
    record Wait(Instant until) implements Decision {
    }

    /** A draft campaign's scheduled_at was reached: publish it, then it is pending. */
    record ReachSchedule(Instant scheduledAt) implements Decision {
    }

    /** The window closed with work left on a running campaign: publish the system pause. */
    record PauseForWindow(Instant closedAt, Instant nextOpening) implements Decision {
    }

    /** A window opened for a system-paused campaign: publish it, and resume at once when {@code autoResume}. */
    record ResumeForWindow(Instant openedAt, boolean autoResume) implements Decision {
    }

    /** The voice runtime refused the campaign's calls since {@code since}, too long: publish the system pause. */
    record PauseForRuntime(Instant at, Instant since) implements Decision {
    }

    /** A runtime-paused campaign may start calls again (the runtime took one, or nothing is left to retry). */
    record ResumeForRuntime(Instant at) implements Decision {
    }

    /** Every task is terminal: publish that the campaign is drained. */
    record Drain(Instant drainedAt) implements Decision {
    }

    /** The campaign cannot run any more: mark it failed (its queued tasks are canceled next). */
    record Fail(CampaignFailureReason reason) implements Decision {
    }

    /**
     * Turn up to {@code tasks} queued tasks into canceled outcomes; when {@code announceFailure} and none are left,
     * publish the dispatch failure in the same transaction, after them.
     */
    record CancelQueued(int tasks, boolean announceFailure) implements Decision {
    }

    /** Shorthand for waiting until an event changes something. */
    static Decision idle() {
        return new Wait(null);
    }
}
