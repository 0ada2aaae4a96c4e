package io.voxcampaigns.platform.schedule;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Dates of the campaign's zone on which no call starts, whatever the weekly windows say: the campaign's own blackout
 * dates and, when it asks to skip them, a region's public holidays.
 *
 * @param blackout the blackout dates, sorted
 * @param holidays the holiday calendar to skip, or null
 */
public record ClosedDates(SortedSet<LocalDate> blackout, HolidayCalendar holidays) {

    /** A blackout list longer than this is refused: a year of dates. */
    public static final int MAX_BLACKOUT_DATES = 366;

    private static final ClosedDates NONE = new ClosedDates(new TreeSet<>(), null);

    public ClosedDates {
        Objects.requireNonNull(blackout, "blackout");
        if (blackout.size() > MAX_BLACKOUT_DATES) {
            throw new IllegalArgumentException("at most " + MAX_BLACKOUT_DATES + " blackout dates, got "
                    + blackout.size());
        }
        blackout = Collections.unmodifiableSortedSet(new TreeSet<>(blackout));
    }

    /** Nothing closed: the windows alone decide. */
    public static ClosedDates none() {
        return NONE;
    }

    /** Whether no call may start on {@code date}. */
    public boolean isClosed(LocalDate date) {
        return blackout.contains(date) || holidays != null && holidays.isHoliday(date);
    }

    /** Whether any date after {@code date} may be closed (a holiday calendar always may). */
    public boolean anyAfter(LocalDate date) {
        return holidays != null || !blackout.isEmpty() && blackout.last().isAfter(date);
    }

    /** The region of the holiday calendar skipped, or null. */
    public String holidayRegion() {
        return holidays == null ? null : holidays.region();
    }
}
