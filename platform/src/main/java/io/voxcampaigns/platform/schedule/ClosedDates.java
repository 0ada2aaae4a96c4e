package io.voxcampaigns.platform.schedule;

import java.time.LocalDate;
import java.util.Collection;
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

    /**
     * The closed dates stored or carried by an event: {@code blackout} dates (none repeated) and the calendar of
     * {@code region} (null: none) from {@code calendars}.
     *
     * @throws IllegalArgumentException for a repeated date, too many dates or a region {@code calendars} lacks
     */
    public static ClosedDates of(Collection<LocalDate> blackout, String region, HolidayCalendars calendars) {
        SortedSet<LocalDate> dates = new TreeSet<>(blackout);
        if (dates.size() != blackout.size()) {
            throw new IllegalArgumentException("blackout dates repeat a date: " + blackout);
        }
        HolidayCalendar holidays = region == null ? null : calendars.of(region).orElseThrow(
                () -> new IllegalArgumentException("no holiday calendar for region " + region + ", known: "
                        + calendars.regions()));
        return dates.isEmpty() && holidays == null ? NONE : new ClosedDates(dates, holidays);
    }

    /** Whether no call may start on {@code date}. */
    public boolean isClosed(LocalDate date) {
        return closure(date) != Closure.OPEN;
    }

    /** Why no call may start on {@code date} (a blackout date first), or {@link Closure#OPEN}. */
    public Closure closure(LocalDate date) {
        if (blackout.contains(date)) {
            return Closure.BLACKOUT_DATE;
        }
        return holidays != null && holidays.isHoliday(date) ? Closure.HOLIDAY : Closure.OPEN;
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
