package io.voxcampaigns.platform.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public holiday of 2025-2030, date by date, with the shipped table of elections and one-off holidays.
 *
 * <p>Sources: the holiday lists of the Korea Astronomy and Space Science Institute's 월력요항 (the almanac summary it
 * publishes each June for the next year, on which the Ministry of the Interior and Safety's holiday list rests) for
 * 2025 and 2026, including the temporary holiday of 2025-01-27 (designated January 2025), the presidential election
 * of 2025-06-03 and the local elections of 2026-06-03; for 2027-2030 the dates of Seollal, Buddha's Birthday and
 * Chuseok from KASI's lunar-solar conversion (음양력 변환) with the substitute rules of the Regulations on Holidays of
 * Government Offices (2023), and the National Assembly election of 2028-04-12 (Public Official Election Act article
 * 34: the first Wednesday from the 50th day before the term ends on 2028-05-29). Recheck a year against its 월력요항
 * when KASI publishes it. Not yet in the table: the 2030 presidential and local elections (their dates are set
 * when the National Election Commission announces them).
 */
class KoreanHolidaysPublishedTest {

    private static final KoreanHolidays CALENDAR = ShippedExtraHolidays.calendar();

    static List<Arguments> years() {
        return List.of(
                Arguments.of(2025, List.of(
                        "2025-01-01 New Year's Day",
                        "2025-01-27 Temporary holiday",
                        "2025-01-28 Seollal",
                        "2025-01-29 Seollal",
                        "2025-01-30 Seollal",
                        "2025-03-01 Independence Movement Day",
                        "2025-03-03 Substitute holiday (Independence Movement Day)",
                        "2025-05-05 Children's Day / Buddha's Birthday",
                        "2025-05-06 Substitute holiday (Children's Day / Buddha's Birthday)",
                        "2025-06-03 Presidential election",
                        "2025-06-06 Memorial Day",
                        "2025-08-15 Liberation Day",
                        "2025-10-03 National Foundation Day",
                        "2025-10-05 Chuseok",
                        "2025-10-06 Chuseok",
                        "2025-10-07 Chuseok",
                        "2025-10-08 Substitute holiday (Chuseok)",
                        "2025-10-09 Hangul Day",
                        "2025-12-25 Christmas Day")),
                Arguments.of(2026, List.of(
                        "2026-01-01 New Year's Day",
                        "2026-02-16 Seollal",
                        "2026-02-17 Seollal",
                        "2026-02-18 Seollal",
                        "2026-03-01 Independence Movement Day",
                        "2026-03-02 Substitute holiday (Independence Movement Day)",
                        "2026-05-05 Children's Day",
                        "2026-05-24 Buddha's Birthday",
                        "2026-05-25 Substitute holiday (Buddha's Birthday)",
                        "2026-06-03 Local elections",
                        "2026-06-06 Memorial Day",
                        "2026-08-15 Liberation Day",
                        "2026-08-17 Substitute holiday (Liberation Day)",
                        "2026-09-24 Chuseok",
                        "2026-09-25 Chuseok",
                        "2026-09-26 Chuseok",
                        "2026-10-03 National Foundation Day",
                        "2026-10-05 Substitute holiday (National Foundation Day)",
                        "2026-10-09 Hangul Day",
                        "2026-12-25 Christmas Day")),
                Arguments.of(2027, List.of(
                        "2027-01-01 New Year's Day",
                        "2027-02-06 Seollal",
                        "2027-02-07 Seollal",
                        "2027-02-08 Seollal",
                        "2027-02-09 Substitute holiday (Seollal)",
                        "2027-03-01 Independence Movement Day",
                        "2027-05-05 Children's Day",
                        "2027-05-13 Buddha's Birthday",
                        "2027-06-06 Memorial Day",
                        "2027-08-15 Liberation Day",
                        "2027-08-16 Substitute holiday (Liberation Day)",
                        "2027-09-14 Chuseok",
                        "2027-09-15 Chuseok",
                        "2027-09-16 Chuseok",
                        "2027-10-03 National Foundation Day",
                        "2027-10-04 Substitute holiday (National Foundation Day)",
                        "2027-10-09 Hangul Day",
                        "2027-10-11 Substitute holiday (Hangul Day)",
                        "2027-12-25 Christmas Day",
                        "2027-12-27 Substitute holiday (Christmas Day)")),
                Arguments.of(2028, List.of(
                        "2028-01-01 New Year's Day",
                        "2028-01-26 Seollal",
                        "2028-01-27 Seollal",
                        "2028-01-28 Seollal",
                        "2028-03-01 Independence Movement Day",
                        "2028-04-12 National Assembly election",
                        "2028-05-02 Buddha's Birthday",
                        "2028-05-05 Children's Day",
                        "2028-06-06 Memorial Day",
                        "2028-08-15 Liberation Day",
                        "2028-10-02 Chuseok",
                        "2028-10-03 National Foundation Day / Chuseok",
                        "2028-10-04 Chuseok",
                        "2028-10-05 Substitute holiday (National Foundation Day / Chuseok)",
                        "2028-10-09 Hangul Day",
                        "2028-12-25 Christmas Day")),
                Arguments.of(2029, List.of(
                        "2029-01-01 New Year's Day",
                        "2029-02-12 Seollal",
                        "2029-02-13 Seollal",
                        "2029-02-14 Seollal",
                        "2029-03-01 Independence Movement Day",
                        "2029-05-05 Children's Day",
                        "2029-05-07 Substitute holiday (Children's Day)",
                        "2029-05-20 Buddha's Birthday",
                        "2029-05-21 Substitute holiday (Buddha's Birthday)",
                        "2029-06-06 Memorial Day",
                        "2029-08-15 Liberation Day",
                        "2029-09-21 Chuseok",
                        "2029-09-22 Chuseok",
                        "2029-09-23 Chuseok",
                        "2029-09-24 Substitute holiday (Chuseok)",
                        "2029-10-03 National Foundation Day",
                        "2029-10-09 Hangul Day",
                        "2029-12-25 Christmas Day")),
                Arguments.of(2030, List.of(
                        "2030-01-01 New Year's Day",
                        "2030-02-02 Seollal",
                        "2030-02-03 Seollal",
                        "2030-02-04 Seollal",
                        "2030-02-05 Substitute holiday (Seollal)",
                        "2030-03-01 Independence Movement Day",
                        "2030-05-05 Children's Day",
                        "2030-05-06 Substitute holiday (Children's Day)",
                        "2030-05-09 Buddha's Birthday",
                        "2030-06-06 Memorial Day",
                        "2030-08-15 Liberation Day",
                        "2030-09-11 Chuseok",
                        "2030-09-12 Chuseok",
                        "2030-09-13 Chuseok",
                        "2030-10-03 National Foundation Day",
                        "2030-10-09 Hangul Day",
                        "2030-12-25 Christmas Day")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void theYearsHolidaysAreThePublishedOnes(int year, List<String> published) {
        assertThat(ShippedExtraHolidays.describe(CALENDAR.holidaysOf(year))).containsExactlyElementsOf(published);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void everyPublishedDateIsAHolidayAndSubstitutesSaySo(int year, List<String> published) {
        for (String entry : published) {
            PublicHoliday holiday = CALENDAR.holiday(LocalDate.parse(entry.substring(0, 10))).orElseThrow();
            assertThat(holiday.substitute()).as(entry).isEqualTo(entry.contains("Substitute holiday"));
        }
    }
}
