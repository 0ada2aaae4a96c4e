package io.voxcampaigns.campaign.domain;

/** What can move a campaign's status: a user command (may be refused) or a fact reported by the dispatcher. */
public sealed interface CampaignTrigger {

    /** Fact: scheduled_at has been reached. */
    record ScheduleReached() implements CampaignTrigger {
    }

    /** Fact: a call of the campaign started. */
    record CallStarted() implements CampaignTrigger {
    }

    /** Fact: the last open window closed while tasks were left. */
    record WindowClosed() implements CampaignTrigger {
    }

    /**
     * Fact: a window opened; {@code autoResume} is the campaign's call_time_window.auto_resume, {@code anyCallStarted}
     * whether the campaign ever started a call (a system pause of a campaign that never called ends in pending),
     * {@code pausedForWindow} whether its system pause is the window's (a pause the voice runtime caused does not end
     * with a window opening).
     */
    record WindowOpened(boolean autoResume, boolean anyCallStarted, boolean pausedForWindow)
            implements CampaignTrigger {
    }

    /** Fact: the voice runtime refused the campaign's calls for too long; the dispatcher paused it. */
    record RuntimeUnavailable() implements CampaignTrigger {
    }

    /**
     * Fact: the voice runtime takes the campaign's calls again; {@code pausedForRuntime} whether the campaign's
     * system pause is the one the runtime caused (only that one ends), {@code anyCallStarted} as for WindowOpened.
     */
    record RuntimeAvailable(boolean pausedForRuntime, boolean anyCallStarted) implements CampaignTrigger {
    }

    /**
     * Fact: every task the dispatcher had was terminal; {@code allTasksTerminal} whether every task campaign-service
     * has is terminal too (false when tasks were appended or re-queued after the dispatcher drained: it is stale).
     */
    record Drained(boolean allTasksTerminal) implements CampaignTrigger {
    }

    /**
     * Fact: the dispatcher queued tasks again for one more attempt (a callback, a re-run of failed tasks);
     * {@code anyCallStarted} as for WindowOpened. A finished campaign runs again.
     */
    record Requeued(boolean anyCallStarted) implements CampaignTrigger {
    }

    /** Fact: the campaign cannot run any more (agent or pinned version deleted, from-number gone, ...). */
    record FatalError() implements CampaignTrigger {
    }

    /** Command: the pause API. */
    record Pause() implements CampaignTrigger {
    }

    /**
     * Command: the resume API; {@code windowOpen} says whether a window is open now, {@code anyCallStarted}
     * whether the campaign ever started a call (if not, it goes back to pending rather than ongoing).
     */
    record Resume(boolean windowOpen, boolean anyCallStarted) implements CampaignTrigger {
    }

    /** Command: the cancel API. */
    record Cancel() implements CampaignTrigger {
    }

    /**
     * Command: recipients appended, or tasks asked for one more attempt (a callback, a re-run); {@code anyCallStarted}
     * as for Resume. A finished campaign runs again (for the latter once the dispatcher reports TaskRequeued); a
     * canceled or failed one refuses.
     */
    record AddTasks(boolean anyCallStarted) implements CampaignTrigger {
    }

    /** Command: PATCH of the campaign's settings. */
    record Patch() implements CampaignTrigger {
    }

    /**
     * Command: a PATCH that changes scheduled_at; {@code inFuture} whether the new schedule lies ahead. A draft or
     * pending campaign becomes draft or pending accordingly, since the dispatcher waits exactly while it is draft.
     */
    record Reschedule(boolean inFuture) implements CampaignTrigger {
    }
}
