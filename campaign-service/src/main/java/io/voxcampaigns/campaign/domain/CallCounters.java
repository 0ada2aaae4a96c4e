package io.voxcampaigns.campaign.domain;

/**
 * A campaign's call counters (docs/api.md "Counters"), defined task by task: a completed task counts in
 * completed_calls, a failed or canceled one in failed_calls, one in progress in active_concurrency, a queued one
 * nowhere. The stored counters move by the difference a task's change makes, and reconciliation sums the same
 * function over the rows.
 */
public record CallCounters(long completed, long failed, long active) {

    public static final CallCounters ZERO = new CallCounters(0, 0, 0);

    /** What one task in this status contributes. */
    public static CallCounters of(TaskStatus status) {
        return switch (status) {
            case COMPLETED -> new CallCounters(1, 0, 0);
            case FAILED, CANCELED -> new CallCounters(0, 1, 0);
            case IN_PROGRESS -> new CallCounters(0, 0, 1);
            case QUEUED -> ZERO;
        };
    }

    /** What {@code count} tasks in this status contribute. */
    public static CallCounters of(TaskStatus status, long count) {
        CallCounters one = of(status);
        return new CallCounters(one.completed * count, one.failed * count, one.active * count);
    }

    /** The change to the counters when one task moves between these statuses. */
    public static CallCounters change(TaskStatus from, TaskStatus to) {
        return of(to).minus(of(from));
    }

    public CallCounters plus(CallCounters other) {
        return new CallCounters(completed + other.completed, failed + other.failed, active + other.active);
    }

    public CallCounters minus(CallCounters other) {
        return new CallCounters(completed - other.completed, failed - other.failed, active - other.active);
    }
}
