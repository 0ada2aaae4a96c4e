package io.voxcampaigns.dispatcher.domain;

/** A campaign's status as the dispatcher knows it: campaign-service's statuses plus the facts it published itself. */
public enum DispatchStatus {
    DRAFT, PENDING, ONGOING, PAUSED, SUCCESS, FAIL, CANCELED;

    /** Pending or ongoing: calls may start when the window and the slots allow. */
    public boolean isActive() {
        return this == PENDING || this == ONGOING;
    }

    public boolean isTerminal() {
        return this == SUCCESS || this == FAIL || this == CANCELED;
    }

    /** The status stored in the database and carried by events (lower case). */
    public String value() {
        return name().toLowerCase();
    }

    public static DispatchStatus of(String value) {
        return valueOf(value.toUpperCase());
    }
}
