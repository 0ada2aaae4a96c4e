package io.voxcampaigns.campaign.domain;

import java.util.Optional;

/**
 * What a call event does to a task (docs/dispatch.md "Call events and tasks" and "Retries"). A task has attempts,
 * numbered from 1: CallStarted of attempt n moves it in progress; CallEnded of attempt n makes it terminal, or, when
 * the dispatcher scheduled another attempt ({@code retry_scheduled}, also told by TaskRetryScheduled), queued again;
 * TaskExhausted fails a task that waited for a retry that can no longer start. An event applies only when it is news:
 * about a later attempt than the task has, or the end of its current one; so copies, late starts and the events of
 * an earlier attempt change nothing, in any order. A completed or failed task changes again only when the dispatcher
 * queues it again for one more attempt (TaskRequeued: a callback or a re-run). One exception: a
 * task the campaign's cancel marked canceled still takes the dispatcher's report of an attempt it did not report yet,
 * so a call the dispatcher had already placed moves it on and counts as what it became, and the dispatcher's own
 * cancellation fills in its call.
 */
public final class TaskProgress {

    /** Call status of CallEnded for a connected call (the others are failures or cancellations). */
    public static final String ENDED = "ended";
    public static final String CANCELED = "canceled";

    private TaskProgress() {
    }

    /**
     * A task's call columns as far as its progress goes.
     *
     * @param attempts the highest attempt number dialled so far (0: none)
     * @param reported whether a call event of the task was applied (it has a call id)
     */
    public record TaskState(TaskStatus status, int attempts, boolean reported) {
    }

    /** The task's change when attempt {@code attempt} of it started, or empty when the event is no news. */
    public static Optional<TaskChange> callStarted(TaskState task, int attempt) {
        if (!isNews(task, attempt, false)) {
            return Optional.empty();
        }
        return Optional.of(new TaskChange(task.status(), TaskStatus.IN_PROGRESS, added(task, attempt, true)));
    }

    /**
     * The task's change when attempt {@code attempt} ended with {@code callStatus}; {@code dialled} says whether
     * the call was placed (a task canceled before dialling has no attempt), {@code retryScheduled} that the task gets
     * another attempt. Empty when the event is no news.
     */
    public static Optional<TaskChange> callEnded(TaskState task, int attempt, String callStatus, boolean dialled,
                                                 boolean retryScheduled) {
        if (!isNews(task, attempt, true)) {
            return Optional.empty();
        }
        TaskStatus to = retryScheduled ? queuedAgain(task.status()) : outcome(callStatus);
        return Optional.of(new TaskChange(task.status(), to, added(task, attempt, dialled)));
    }

    /** The task's change when the dispatcher gives it no further attempt (TaskExhausted): failed unless final. */
    public static Optional<TaskChange> exhausted(TaskState task) {
        TaskStatus status = task.status();
        if (status != TaskStatus.QUEUED && status != TaskStatus.IN_PROGRESS) {
            return Optional.empty();
        }
        return Optional.of(new TaskChange(status, TaskStatus.FAILED, 0));
    }

    /**
     * The task's change when the dispatcher queued it again for attempt {@code attempt} (TaskRequeued: a callback or
     * a re-run): a completed or failed task is queued again, a queued one stays queued (with a new due time). News
     * only while that attempt has not started; never for a task in progress or canceled (the dispatcher queues one
     * again only after its attempt ended, and never a canceled one).
     */
    public static Optional<TaskChange> requeued(TaskState task, int attempt) {
        boolean news = attempt > task.attempts() && task.status() != TaskStatus.IN_PROGRESS
                && task.status() != TaskStatus.CANCELED;
        return news ? Optional.of(new TaskChange(task.status(), TaskStatus.QUEUED, 0)) : Optional.empty();
    }

    /**
     * Whether the start ({@code end} false) or end of attempt {@code attempt} is news to the task: a completed or
     * failed task takes none; a queued or canceled one takes any attempt after those it has (a canceled one also
     * its first report); one in progress takes a later attempt's start and its current attempt's end.
     */
    private static boolean isNews(TaskState task, int attempt, boolean end) {
        return switch (task.status()) {
            case COMPLETED, FAILED -> false;
            case CANCELED -> !task.reported() || attempt > task.attempts();
            case QUEUED -> attempt > task.attempts() || !task.reported();
            case IN_PROGRESS -> attempt > task.attempts() || end && attempt == task.attempts();
        };
    }

    /** A retried attempt's task waits queued again, unless the campaign's cancel took it meanwhile. */
    private static TaskStatus queuedAgain(TaskStatus current) {
        return current == TaskStatus.CANCELED ? TaskStatus.CANCELED : TaskStatus.QUEUED;
    }

    private static int added(TaskState task, int attempt, boolean dialled) {
        return dialled ? Math.max(0, attempt - task.attempts()) : 0;
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
