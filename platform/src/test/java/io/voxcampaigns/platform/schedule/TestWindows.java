package io.voxcampaigns.platform.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** Short ways to build windows and instants in the schedule tests. */
final class TestWindows {

    private TestWindows() {
    }

    static WeeklyWindow window(int startMin, int endMin, DayOfWeek first, DayOfWeek... rest) {
        return new WeeklyWindow(startMin, endMin, EnumSet.of(first, rest));
    }

    static WeeklyWindow everyDay(int startMin, int endMin) {
        return WeeklyWindow.everyDay(startMin, endMin);
    }

    static CallingHours in(String zone, WeeklyWindow... windows) {
        return new CallingHours(List.of(windows), ZoneId.of(zone), true);
    }

    /** An instant written with its offset, e.g. "2024-03-10T03:00-04:00", so tests read in local time. */
    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
