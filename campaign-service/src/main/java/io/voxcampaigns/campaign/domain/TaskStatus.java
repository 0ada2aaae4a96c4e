package io.voxcampaigns.campaign.domain;

/** Where a task (one recipient) stands: queued until dialled, then in progress, then one of the final three. */
public enum TaskStatus {
    QUEUED, IN_PROGRESS, COMPLETED, FAILED, CANCELED;

    public String value() {
        return name().toLowerCase();
    }

    /** The status for an API value, or null when there is none. */
    public static TaskStatus fromValue(String value) {
        for (TaskStatus status : values()) {
            if (status.value().equals(value)) {
                return status;
            }
        }
        return null;
    }

    /** Whether the task's call is over (or will never be placed). */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELED;
    }
}
