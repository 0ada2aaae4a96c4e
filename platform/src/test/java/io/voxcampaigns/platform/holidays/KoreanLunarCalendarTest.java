package io.voxcampaigns.platform.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The Korean lunar calendar, not the Chinese one: they part where a new moon falls between midnight in China (UTC+8)
 * and midnight in Korea (UTC+9). The new moon of February 2027 is at 00:56 on the 7th in Seoul (23:56 on the 6th in
 * Beijing), so Seollal is 7 February and Chinese New Year 6 February.
 */
class KoreanLunarCalendarTest {

    @Test
    void seollal2027IsTheSeventhOfFebruaryInKoreaWhereChineseNewYearIsTheSixth() {
        assertThat(KoreanLunarCalendar.toGregorian(2027, 1, 1)).isEqualTo(LocalDate.of(2027, 2, 7));
        assertThat(ShippedExtraHolidays.calendar().holiday(LocalDate.of(2027, 2, 7))).get()
                .extracting(PublicHoliday::name).isEqualTo("Seollal");
    }

    /**
     * The months of a lunar holiday that begin with a new moon within 40 minutes of midnight in Seoul, 2025-2050
     * (new moons from Meeus, Astronomical Algorithms, chapter 49): there the day a month begins on hangs on the zone
     * and on the precision of ICU's astronomy, which can be minutes off (its Chinese calendar puts New Year 2030 on
     * 2 February, the new moon being at 00:07 on the 3rd in Beijing).
     */
    @Test
    void monthsWhoseNewMoonIsNearMidnightInSeoulBeginOnTheKoreanDay() {
        // 2028-01-27 00:12 KST (2028-01-26 23:12 in Beijing: Chinese New Year is the 26th).
        assertThat(KoreanLunarCalendar.toGregorian(2028, 1, 1)).isEqualTo(LocalDate.of(2028, 1, 27));
        // 2040-02-12 23:24 KST.
        assertThat(KoreanLunarCalendar.toGregorian(2040, 1, 1)).isEqualTo(LocalDate.of(2040, 2, 12));
        // 2040-09-07 00:13 KST: Chuseok 2040 is 21 September.
        assertThat(KoreanLunarCalendar.toGregorian(2040, 8, 15)).isEqualTo(LocalDate.of(2040, 9, 21));
    }

    @Test
    void theLunarHolidaysOf2026AreTheKnownOnes() {
        assertThat(KoreanLunarCalendar.toGregorian(2026, 1, 1)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(KoreanLunarCalendar.toGregorian(2026, 4, 8)).isEqualTo(LocalDate.of(2026, 5, 24));
        assertThat(KoreanLunarCalendar.toGregorian(2026, 8, 15)).isEqualTo(LocalDate.of(2026, 9, 25));
    }

    @Test
    void buddhasBirthdayIsInTheRegularFourthMonthWhenALeapFourthMonthFollows() {
        // 2020 had a leap fourth month (윤4월, 23 May - 20 June); Buddha's Birthday was 30 April.
        assertThat(KoreanLunarCalendar.toGregorian(2020, 4, 8)).isEqualTo(LocalDate.of(2020, 4, 30));
    }
}
