package io.voxcampaigns.platform.schedule;

import java.util.Locale;

/** Whether calling hours let a call start at an instant, and if not, which of their rules stops it. */
public enum Closure {
    /** A call may start. */
    OPEN,
    /** The date is one of the campaign's blackout dates. */
    BLACKOUT_DATE,
    /** The date is a public holiday of the calendar the campaign skips. */
    HOLIDAY,
    /** No weekly window covers the time. */
    OUTSIDE_WINDOWS,
    /** A window covers it, but the law does not let the campaign's purpose call then ({@link LegalHours}). */
    LEGAL_HOURS;

    /** The API's name, e.g. {@code blackout_date}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
