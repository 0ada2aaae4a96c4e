package io.voxcampaigns.dispatcher.domain;

import java.time.Instant;

/**
 * One attempt after an update, and what the update implies beyond the row.
 *
 * @param startedAt  non-null when CallStarted must be published now, for the call placed at that instant
 * @param announceEnd CallEnded must be published now
 * @param freesSlot  the attempt ended: its slot is free and its task terminal
 * @param runtime    what the update says about the voice runtime's availability
 */
public record AttemptStep(Attempt attempt, Instant startedAt, boolean announceEnd, boolean freesSlot,
                          RuntimeSignal runtime) {

    /** What an update says about whether the voice runtime takes calls. */
    public enum RuntimeSignal {
        /** It answered (took, rejected or reported a call). */
        ANSWERED,
        /** It refused a request without creating the call. */
        REFUSED,
        /** Nothing either way (a timeout, an update of our own). */
        NONE
    }

    static AttemptStep unchanged(Attempt attempt, RuntimeSignal runtime) {
        return new AttemptStep(attempt, null, false, false, runtime);
    }

    /** Whether the update changed the row. */
    public boolean changed(Attempt before) {
        return !attempt.equals(before);
    }
}
