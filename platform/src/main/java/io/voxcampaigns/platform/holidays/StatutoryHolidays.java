package io.voxcampaigns.platform.holidays;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The statutory public holidays of one Gregorian year by date: the fixed ones and the three lunar ones. */
final class StatutoryHolidays {

    private static final Map<MonthDay, Observance> FIXED = Map.of(
            MonthDay.of(1, 1), Observance.NEW_YEARS_DAY,
            MonthDay.of(3, 1), Observance.INDEPENDENCE_MOVEMENT_DAY,
            MonthDay.of(5, 5), Observance.CHILDRENS_DAY,
            MonthDay.of(6, 6), Observance.MEMORIAL_DAY,
            MonthDay.of(8, 15), Observance.LIBERATION_DAY,
            MonthDay.of(10, 3), Observance.NATIONAL_FOUNDATION_DAY,
            MonthDay.of(10, 9), Observance.HANGUL_DAY,
            MonthDay.of(12, 25), Observance.CHRISTMAS_DAY);

    private StatutoryHolidays() {
    }

    /** Date → the observances on it (two when a lunar holiday meets a fixed one), sorted by date. */
    static TreeMap<LocalDate, List<Observance>> of(int year) {
        TreeMap<LocalDate, List<Observance>> days = new TreeMap<>();
        FIXED.forEach((monthDay, observance) -> add(days, monthDay.atYear(year), observance));
        addThreeDays(days, KoreanLunarCalendar.toGregorian(year, 1, 1), Observance.SEOLLAL);
        add(days, KoreanLunarCalendar.toGregorian(year, 4, 8), Observance.BUDDHAS_BIRTHDAY);
        addThreeDays(days, KoreanLunarCalendar.toGregorian(year, 8, 15), Observance.CHUSEOK);
        return days;
    }

    /** The day before, the day and the day after (the day before Seollal is the last day of the 12th lunar month). */
    private static void addThreeDays(TreeMap<LocalDate, List<Observance>> days, LocalDate day, Observance observance) {
        add(days, day.minusDays(1), observance);
        add(days, day, observance);
        add(days, day.plusDays(1), observance);
    }

    private static void add(TreeMap<LocalDate, List<Observance>> days, LocalDate date, Observance observance) {
        days.computeIfAbsent(date, d -> new ArrayList<>()).add(observance);
    }
}
