package io.voxcampaigns.platform.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * When a campaign may start calls: weekly wall-clock windows in an IANA zone, dates of that zone closed whatever the
 * windows say ({@link ClosedDates}: blackout dates, a region's public holidays), for some purposes the hours the law
 * allows ({@link LegalHours}, null: none), plus whether a system pause ends by itself when a window opens.
 *
 * <p>The one rule behind every query: an instant is open when its wall-clock date in the zone is not closed, its
 * wall-clock time (weekday and minute of the day) lies inside some window and the legal hours allow it. So a window starting inside a spring-forward gap opens at the first instant
 * after the gap; wall-clock times that a fall-back repeats are open both times (01:00-03:00 stays open for its whole
 * real duration, 01:00-01:30 opens twice on that night); endMin 1440 lasts until the local date changes, even when
 * that midnight is skipped or repeated.
 */
public record CallingHours(List<WeeklyWindow> windows, ZoneId zone, boolean autoResume, ClosedDates closed,
                           LegalHours legal) {

    public static final int MAX_WINDOWS = 28;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

    public CallingHours {
        windows = List.copyOf(windows);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(closed, "closed");
        if (windows.isEmpty() || windows.size() > MAX_WINDOWS) {
            throw new IllegalArgumentException("need 1 to " + MAX_WINDOWS + " windows, got " + windows.size());
        }
    }

    /** Windows with closed dates, no legal hours: the hours a client asked for. */
    public CallingHours(List<WeeklyWindow> windows, ZoneId zone, boolean autoResume, ClosedDates closed) {
        this(windows, zone, autoResume, closed, null);
    }

    /** Windows without closed dates. */
    public CallingHours(List<WeeklyWindow> windows, ZoneId zone, boolean autoResume) {
        this(windows, zone, autoResume, ClosedDates.none());
    }

    /** These hours for a campaign of {@code purpose}: also inside its legal hours, if it has any. */
    public CallingHours forPurpose(CallPurpose purpose) {
        return new CallingHours(windows, zone, autoResume, closed, purpose.legalHours().orElse(null));
    }

    /** 08:00-20:00 every day in Asia/Seoul, resuming by itself: what a campaign gets when it names no window. */
    public static CallingHours defaults() {
        return new CallingHours(List.of(WeeklyWindow.everyDay(480, 1200)), DEFAULT_ZONE, true);
    }

    /**
     * The window a client sent (null: the defaults), or empty after adding every problem to {@code errors} under
     * JSON paths that start with {@code path}, e.g. {@code call_time_window.windows[0].end_min}; skip_holidays may
     * name none of the calendars.
     */
    public static Optional<CallingHours> validated(CallTimeWindowInput input, String path, ValidationErrors errors) {
        return validated(input, path, HolidayCalendars.none(), errors);
    }

    /** As {@link #validated(CallTimeWindowInput, String, ValidationErrors)}, skip_holidays naming one of {@code calendars}. */
    public static Optional<CallingHours> validated(CallTimeWindowInput input, String path, HolidayCalendars calendars,
            ValidationErrors errors) {
        return CallTimeWindowValidation.validate(input, path, calendars, errors);
    }

    /** Whether a call may start at this instant. */
    public boolean isOpen(Instant instant) {
        return closure(instant) == Closure.OPEN;
    }

    /**
     * Why no call may start at this instant (a closed date before the windows, the windows before the legal hours),
     * or {@link Closure#OPEN}.
     */
    public Closure closure(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        Closure date = closed.closure(local.toLocalDate());
        if (date != Closure.OPEN) {
            return date;
        }
        DayOfWeek day = local.getDayOfWeek();
        int minute = local.getHour() * 60 + local.getMinute();
        for (WeeklyWindow window : windows) {
            if (window.covers(day, minute)) {
                return legal == null || legal.allows(instant) ? Closure.OPEN : Closure.LEGAL_HOURS;
            }
        }
        return Closure.OUTSIDE_WINDOWS;
    }

    /** The earliest open instant at or after {@code from}: {@code from} itself when open. */
    public Optional<Instant> nextOpening(Instant from) {
        if (isOpen(from)) {
            return Optional.of(from);
        }
        return new Boundaries(this).first(from, WeeklyWindow::startMin, true);
    }

    /**
     * The earliest closed instant at or after {@code from}: {@code from} itself when closed, else the end of the
     * open period containing it, back-to-back and overlapping windows (also across midnight) counted as one period.
     * Empty when the windows cover every minute of the week, no later date is closed and no legal hours apply, so
     * they never close.
     */
    public Optional<Instant> nextClosing(Instant from) {
        if (!isOpen(from)) {
            return Optional.of(from);
        }
        if (legal == null && coversWholeWeek() && !closed.anyAfter(LocalDateTime.ofInstant(from, zone).toLocalDate())) {
            return Optional.empty();
        }
        return new Boundaries(this).first(from, WeeklyWindow::endMin, false);
    }

    private boolean coversWholeWeek() {
        for (DayOfWeek day : DayOfWeek.values()) {
            BitSet minutes = new BitSet(WeeklyWindow.MINUTES_PER_DAY);
            for (WeeklyWindow window : windows) {
                if (window.days().contains(day)) {
                    minutes.set(window.startMin(), window.endMin());
                }
            }
            if (minutes.cardinality() < WeeklyWindow.MINUTES_PER_DAY) {
                return false;
            }
        }
        return true;
    }
}
