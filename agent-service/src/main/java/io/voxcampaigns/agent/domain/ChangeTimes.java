package io.voxcampaigns.agent.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** When a change to an agent is stamped: the API shows epoch milliseconds, so times are kept to the millisecond. */
public final class ChangeTimes {

    private ChangeTimes() {
    }

    /** Now, to the millisecond. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Now, but always after {@code previous}, so updated_at visibly moves even within one millisecond. */
    public static Instant after(Instant previous, Clock clock) {
        Instant now = now(clock);
        return now.isAfter(previous) ? now : previous.plusMillis(1);
    }
}
