package io.voxcampaigns.campaign.domain;

import java.util.Optional;

/**
 * What a call event does to a task (docs/dispatch.md "Call events and tasks"). One attempt per task: CallStarted
 * moves a queued task in progress; CallEnded makes a queued or in-progress task terminal. A terminal task never
 * changes again, so a duplicate, a CallEnded for a finished task or a CallStarted arriving after its CallEnded
 * changes nothing.
 */
public final class TaskProgress {

    /** Call status of CallEnded for a connected call (the others are failures or cancellations). */
    public static final String ENDED = "ended";
    public static final String CANCELED = "canceled";

    private TaskProgress() {
    }

    /** The task's change when a call for it started, or empty when the event no longer applies. */
    public static Optional<TaskChange> callStarted(TaskStatus current) {
        return current == TaskStatus.QUEUED ? Optional.of(new TaskChange(current, TaskStatus.IN_PROGRESS, 1))
                : Optional.empty();
    }

    /**
     * The task's change when its call ended with {@code callStatus}; {@code dialled} says whether the call was
     * placed (a task canceled before dialling has no attempt). Empty when the task is already terminal.
     */
    public static Optional<TaskChange> callEnded(TaskStatus current, String callStatus, boolean dialled) {
        if (current.isTerminal()) {
            return Optional.empty();
        }
        // The attempt counts here only when its CallStarted was not applied first.
        int attempts = current == TaskStatus.QUEUED && dialled ? 1 : 0;
        return Optional.of(new TaskChange(current, outcome(callStatus), attempts));
    }

    /** The terminal task status for a CallEnded status; an unknown (newer) status is a failed call. */
    public static TaskStatus outcome(String callStatus) {
        if (ENDED.equals(callStatus)) {
            return TaskStatus.COMPLETED;
        }
        return CANCELED.equals(callStatus) ? TaskStatus.CANCELED : TaskStatus.FAILED;
    }

    /** A task moving between statuses, with the attempts it adds and the change to the campaign's counters. */
    public record TaskChange(TaskStatus from, TaskStatus to, int attemptsAdded) {

        public CallCounters counters() {
            return CallCounters.change(from, to);
        }
    }
}
