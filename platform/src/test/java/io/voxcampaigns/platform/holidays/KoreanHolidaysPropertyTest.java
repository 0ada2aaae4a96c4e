package io.voxcampaigns.platform.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the calendar over random years, with the shipped table of elections and one-off holidays. */
class KoreanHolidaysPropertyTest {

    private static final KoreanHolidays CALENDAR = ShippedExtraHolidays.calendar();
    private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    @Property(tries = 60)
    void seollalAndChuseokAreThreeConsecutiveDays(@ForAll @IntRange(min = 2025, max = 2050) int year) {
        for (String name : List.of("Seollal", "Chuseok")) {
            List<LocalDate> days = days(year, name);
            assertThat(days).as("%s %d", name, year).hasSize(3);
            assertThat(days.get(1)).isEqualTo(days.get(0).plusDays(1));
            assertThat(days.get(2)).isEqualTo(days.get(1).plusDays(1));
        }
    }

    @Property(tries = 60)
    void buddhasBirthdayFallsInAprilToJune(@ForAll @IntRange(min = 2025, max = 2050) int year) {
        List<LocalDate> days = days(year, "Buddha's Birthday");
        assertThat(days).hasSize(1);
        assertThat(days.get(0).getMonth()).isBetween(Month.APRIL, Month.JUNE);
    }

    @Property(tries = 60)
    void substitutesAreWeekdaysOfTheirOwnAndFollowTheHolidayTheyMakeUp(
            @ForAll @IntRange(min = 2025, max = 2050) int year) {
        List<PublicHoliday> holidays = CALENDAR.holidaysOf(year);
        for (PublicHoliday substitute : holidays.stream().filter(PublicHoliday::substitute).toList()) {
            LocalDate date = substitute.date();
            assertThat(date.getDayOfWeek()).as(substitute.toString()).isNotIn(WEEKEND);
            assertThat(substitute.names()).as(substitute.toString()).hasSize(1);
            assertThat(StatutoryHolidays.of(year)).as(substitute.toString()).doesNotContainKey(date);
            String madeUp = substitute.name().replaceFirst("^Substitute holiday \\((.*)\\)$", "$1");
            assertThat(holidays).as(substitute.toString()).anyMatch(h -> !h.substitute()
                    && h.date().isBefore(date) && !h.date().isBefore(date.minusDays(10))
                    && h.name().contains(madeUp.split(" / ")[0]));
        }
    }

    @Property(tries = 60)
    void noDateIsListedTwiceAndTheListIsInDateOrder(@ForAll @IntRange(min = 2025, max = 2050) int year) {
        List<LocalDate> dates = CALENDAR.holidaysOf(year).stream().map(PublicHoliday::date).toList();
        assertThat(dates).doesNotHaveDuplicates().isSorted().allMatch(d -> d.getYear() == year);
        assertThat(dates).allMatch(CALENDAR::isHoliday);
    }

    @Property(tries = 200)
    void aDateIsAHolidayExactlyWhenItsYearListsIt(@ForAll @IntRange(min = 0, max = 365 * 26) int offset) {
        LocalDate date = LocalDate.of(2025, 1, 1).plusDays(offset);
        Set<LocalDate> listed = CALENDAR.holidaysOf(date.getYear()).stream().map(PublicHoliday::date)
                .collect(Collectors.toSet());
        assertThat(CALENDAR.isHoliday(date)).as(date.toString()).isEqualTo(listed.contains(date));
    }

    private static List<LocalDate> days(int year, String name) {
        return CALENDAR.holidaysOf(year).stream().filter(h -> !h.substitute() && h.names().contains(name))
                .map(PublicHoliday::date).toList();
    }
}
