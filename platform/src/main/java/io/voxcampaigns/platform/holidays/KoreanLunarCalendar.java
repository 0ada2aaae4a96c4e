package io.voxcampaigns.platform.holidays;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Korean lunar dates (음력) as Gregorian dates, from ICU's Korean calendar ({@code calendar=dangi}, DangiCalendar):
 * the lunisolar calendar with new moons reckoned at Korean time (UTC+9), so it differs from the Chinese one where a
 * new moon falls between midnight in China and midnight in Korea (Seollal 2027 is 7 February in Korea, Chinese New
 * Year 6 February).
 */
final class KoreanLunarCalendar {

    // The public way to the Korean calendar: ICU marks the DangiCalendar class itself internal.
    private static final ULocale KOREAN_CALENDAR = new ULocale("ko_KR@calendar=dangi");

    private KoreanLunarCalendar() {
    }

    /**
     * The Gregorian date of a day of a regular (not leap) lunar month in the lunar year that begins in
     * {@code gregorianYear}.
     *
     * @param month lunar month, 1-12
     * @param day   day of the lunar month, 1-30
     */
    static LocalDate toGregorian(int gregorianYear, int month, int day) {
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, KOREAN_CALENDAR);
        if (!"dangi".equals(calendar.getType())) {
            throw new IllegalStateException("ICU has no Korean calendar: got " + calendar.getType());
        }
        // Mid-year is always inside the lunar year that began in that Gregorian year (lunar 1/1 is 21 Jan-20 Feb).
        calendar.setTimeInMillis(LocalDate.of(gregorianYear, 7, 1).toEpochDay() * 86_400_000L);
        int lunarYear = calendar.get(Calendar.EXTENDED_YEAR);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, lunarYear);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
    }
}
