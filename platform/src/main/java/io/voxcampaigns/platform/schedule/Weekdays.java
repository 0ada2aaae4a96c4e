package io.voxcampaigns.platform.schedule;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The API's weekday names, "Monday" to "Sunday", spelled exactly so. */
public final class Weekdays {

    private Weekdays() {
    }

    /** The day for an API name; empty for any other spelling ("monday", "Mon", " Monday"). */
    public static Optional<DayOfWeek> parse(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (name(day).equals(name)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /**
     * The days of these API names, e.g. a stored or carried window's days.
     *
     * @throws IllegalArgumentException for a name that is not one
     */
    public static Set<DayOfWeek> parseAll(Collection<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            days.add(parse(name).orElseThrow(() -> new IllegalArgumentException("not a weekday: " + name)));
        }
        return days;
    }

    /** The API name of a day, e.g. "Monday". */
    public static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
