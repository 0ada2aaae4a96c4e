package io.voxcampaigns.campaign.domain;

import java.util.Optional;

/**
 * What a call event does to a task (docs/dispatch.md "Call events and tasks"). One attempt per task: CallStarted
 * moves a queued task in progress; CallEnded makes a queued or in-progress task terminal. A terminal task never
 * changes again, so a duplicate, a CallEnded for a finished task or a CallStarted arriving after its CallEnded
 * changes nothing. One exception: a task the campaign's cancel marked canceled before the dispatcher reported any
 * call for it ({@code reported} false) still takes the dispatcher's report, so a call the dispatcher had already
 * placed moves it on and counts as what it became, and the dispatcher's own cancellation fills in its call.
 */
public final class TaskProgress {

    /** Call status of CallEnded for a connected call (the others are failures or cancellations). */
    public static final String ENDED = "ended";
    public static final String CANCELED = "canceled";

    private TaskProgress() {
    }

    /** The task's change when a call for it started, or empty when the event no longer applies. */
    public static Optional<TaskChange> callStarted(TaskStatus current, boolean reported) {
        return awaitsCall(current, reported) ? Optional.of(new TaskChange(current, TaskStatus.IN_PROGRESS, 1))
                : Optional.empty();
    }

    /**
     * The task's change when its call ended with {@code callStatus}; {@code dialled} says whether the call was
     * placed (a task canceled before dialling has no attempt). Empty when the task is already terminal.
     */
    public static Optional<TaskChange> callEnded(TaskStatus current, boolean reported, String callStatus,
                                                 boolean dialled) {
        if (current.isTerminal() && !awaitsCall(current, reported)) {
            return Optional.empty();
        }
        // The attempt counts here only when its CallStarted was not applied first.
        int attempts = awaitsCall(current, reported) && dialled ? 1 : 0;
        return Optional.of(new TaskChange(current, outcome(callStatus), attempts));
    }

    /**
     * Whether no call of the task was reported yet: queued, or canceled by the campaign's cancel before the
     * dispatcher reported on it. {@code reported}: a call event for the task was applied (it has a call id).
     */
    private static boolean awaitsCall(TaskStatus current, boolean reported) {
        return current == TaskStatus.QUEUED || current == TaskStatus.CANCELED && !reported;
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
