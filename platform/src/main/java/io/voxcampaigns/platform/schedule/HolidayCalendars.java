package io.voxcampaigns.platform.schedule;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The holiday calendars a deployment knows, by region code; what call_time_window.skip_holidays may name. */
public final class HolidayCalendars {

    private static final HolidayCalendars NONE = new HolidayCalendars(List.of());

    private final Map<String, HolidayCalendar> byRegion = new TreeMap<>();

    public HolidayCalendars(Collection<? extends HolidayCalendar> calendars) {
        for (HolidayCalendar calendar : calendars) {
            if (byRegion.put(calendar.region(), calendar) != null) {
                throw new IllegalArgumentException("two holiday calendars for " + calendar.region());
            }
        }
    }

    /** No calendar at all: skip_holidays names nothing valid. */
    public static HolidayCalendars none() {
        return NONE;
    }

    public Optional<HolidayCalendar> of(String region) {
        return Optional.ofNullable(byRegion.get(region));
    }

    /** The region codes, sorted: the allowed values of skip_holidays. */
    public List<String> regions() {
        return List.copyOf(byRegion.keySet());
    }
}
