package io.voxcampaigns.platform.schedule;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One calling window: the wall-clock minutes [startMin, endMin) of each listed weekday; endMin 1440 is the
 * next local midnight.
 */
public record WeeklyWindow(int startMin, int endMin, Set<DayOfWeek> days) {

    public static final int MINUTES_PER_DAY = 1440;

    public WeeklyWindow {
        if (startMin < 0 || startMin >= endMin || endMin > MINUTES_PER_DAY) {
            throw new IllegalArgumentException("need 0 <= start_min < end_min <= 1440, got " + startMin + "-" + endMin);
        }
        Objects.requireNonNull(days, "days");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("days must not be empty");
        }
        // An EnumSet keeps the days in Monday..Sunday order, so equal windows print and compare alike.
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** A window on every day of the week. */
    public static WeeklyWindow everyDay(int startMin, int endMin) {
        return new WeeklyWindow(startMin, endMin, EnumSet.allOf(DayOfWeek.class));
    }

    /** Whether the wall-clock minute of the day (0-1439) on the given weekday falls inside this window. */
    public boolean covers(DayOfWeek day, int minuteOfDay) {
        return days.contains(day) && startMin <= minuteOfDay && minuteOfDay < endMin;
    }
}
