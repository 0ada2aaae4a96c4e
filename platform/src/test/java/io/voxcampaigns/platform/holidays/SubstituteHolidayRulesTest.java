package io.voxcampaigns.platform.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The substitute-holiday rules on the cases the published years do not show, with made-up extra holidays. */
class SubstituteHolidayRulesTest {

    private static final KoreanHolidays STATUTORY_ONLY = new KoreanHolidays(List.of());

    @Test
    void aHolidayMadeUpOnOverlapGetsASubstituteWhenAnExtraHolidayFallsOnIt() {
        KoreanHolidays calendar = calendarWith(new ExtraHoliday(LocalDate.of(2026, 5, 5), "Election"));

        assertThat(calendar.holiday(LocalDate.of(2026, 5, 5))).get()
                .extracting(PublicHoliday::name).isEqualTo("Children's Day / Election");
        assertThat(calendar.holiday(LocalDate.of(2026, 5, 6))).get()
                .extracting(PublicHoliday::name).isEqualTo("Substitute holiday (Children's Day)");
        assertThat(STATUTORY_ONLY.isHoliday(LocalDate.of(2026, 5, 6))).isFalse();
    }

    @Test
    void aSubstituteSkipsAnExtraHolidayOnTheDayItWouldTake() {
        // Buddha's Birthday 2026 is a Sunday (24 May): its substitute moves past a holiday on Monday 25 May.
        KoreanHolidays calendar = calendarWith(new ExtraHoliday(LocalDate.of(2026, 5, 25), "Temporary holiday"));

        assertThat(calendar.holiday(LocalDate.of(2026, 5, 26))).get()
                .extracting(PublicHoliday::name).isEqualTo("Substitute holiday (Buddha's Birthday)");
    }

    @Test
    void electionsOneOffHolidaysNewYearAndMemorialDayAreNeverMadeUp() {
        // 2026-06-07 is a Sunday; Memorial Day 2026 a Saturday; New Year's Day 2028 a Saturday.
        KoreanHolidays calendar = calendarWith(new ExtraHoliday(LocalDate.of(2026, 6, 7), "Election"));

        assertThat(calendar.holidaysOf(2026)).noneMatch(h -> h.name().contains("Election") && h.substitute());
        assertThat(calendar.isHoliday(LocalDate.of(2026, 6, 8))).isFalse();
        assertThat(STATUTORY_ONLY.holidaysOf(2026)).noneMatch(h -> h.name().contains("(Memorial Day"));
        assertThat(STATUTORY_ONLY.isHoliday(LocalDate.of(2028, 1, 3))).isFalse();
    }

    @Test
    void seollalAndChuseokOnASaturdayAreNotMadeUp() {
        // Chuseok 2026: Thursday 24 to Saturday 26 September.
        assertThat(STATUTORY_ONLY.holiday(LocalDate.of(2026, 9, 26))).get()
                .extracting(PublicHoliday::name).isEqualTo("Chuseok");
        assertThat(STATUTORY_ONLY.isHoliday(LocalDate.of(2026, 9, 28))).isFalse();
    }

    @Test
    void twoExtraHolidaysOnOneDateAreBothNamed() {
        KoreanHolidays calendar = calendarWith(new ExtraHoliday(LocalDate.of(2029, 4, 4), "By-election"),
                new ExtraHoliday(LocalDate.of(2029, 4, 4), "Temporary holiday"));

        assertThat(calendar.holiday(LocalDate.of(2029, 4, 4))).get()
                .extracting(PublicHoliday::names).isEqualTo(List.of("By-election", "Temporary holiday"));
    }

    @Test
    void aPlainSundayIsNotListed() {
        assertThat(STATUTORY_ONLY.isHoliday(LocalDate.of(2026, 12, 6))).isFalse();
    }

    @Test
    void yearsOutsideTheKnownRangeAreRefused() {
        assertThatThrownBy(() -> STATUTORY_ONLY.holidaysOf(KoreanHolidays.LAST_YEAR + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2200");
        assertThatThrownBy(() -> new ExtraHoliday(LocalDate.of(2027, 1, 1), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static KoreanHolidays calendarWith(ExtraHoliday... extras) {
        return new KoreanHolidays(List.of(extras));
    }
}
