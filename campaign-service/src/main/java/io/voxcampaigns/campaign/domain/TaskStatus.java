package io.voxcampaigns.campaign.domain;

/** Where a task (one recipient) stands: queued until dialled, then in progress, then one of the final three. */
public enum TaskStatus implements ApiValue {
    QUEUED, IN_PROGRESS, COMPLETED, FAILED, CANCELED;

    /** The status for an API value, or null when there is none. */
    public static TaskStatus fromValue(String value) {
        return ApiValue.parse(TaskStatus.class, value);
    }

    /** Whether the task's call is over (or will never be placed). */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELED;
    }
}
