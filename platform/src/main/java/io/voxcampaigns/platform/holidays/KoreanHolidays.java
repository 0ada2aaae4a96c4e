package io.voxcampaigns.platform.holidays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.voxcampaigns.platform.schedule.HolidayCalendar;

/**
 * Korean public holidays (공휴일) under the Regulations on Holidays of Government Offices (관공서의 공휴일에 관한 규정) as
 * amended in 2021 and 2023, which the Act on Public Holidays (공휴일에 관한 법률, 2022) extends to everyone.
 *
 * <p>Statutory days: New Year's Day (1 Jan), Seollal (the day before, the day and the day after lunar 1/1),
 * Independence Movement Day (1 Mar), Children's Day (5 May), Buddha's Birthday (lunar 4/8), Memorial Day (6 Jun),
 * Liberation Day (15 Aug), Chuseok (the day before, the day and the day after lunar 8/15), National Foundation Day
 * (3 Oct), Hangul Day (9 Oct) and Christmas Day (25 Dec); lunar dates from the Korean lunar calendar
 * ({@link KoreanLunarCalendar}). Election days and one-off holidays are the {@link ExtraHoliday}s given to the
 * constructor. Sundays are public holidays too but are not listed: a calling window already says its weekdays.
 *
 * <p>Substitute holidays (대체공휴일, article 3): Seollal and Chuseok are made up when one of their days is a Sunday or
 * another public holiday (a Saturday is not made up); Children's Day (since 2014), Independence Movement Day,
 * Liberation Day, National Foundation Day, Hangul Day (since 2021), Buddha's Birthday and Christmas Day (since 2023)
 * when they fall on a Saturday, a Sunday or another public holiday; New Year's Day, Memorial Day, elections and one-off holidays never.
 * The substitute is the first following weekday that is no public holiday (nor an earlier substitute). A date gives
 * one day off: when several holidays share it, every made-up holiday on it but one gets a substitute (2025-05-05,
 * Children's Day and Buddha's Birthday on a Monday, gave one: 6 May); none of them keeps it when it is a Sunday, a
 * Saturday for a holiday other than Seollal and Chuseok, or also a holiday without substitutes. The current rules
 * apply to every year: before 2023 the answers differ from history. Lunar dates are as exact as ICU's astronomy; the
 * months of 2025-2050 whose new moon is near midnight in Seoul are checked against independent new-moon times.
 *
 * <p>Immutable and thread-safe; each year is computed once.
 */
public final class KoreanHolidays implements HolidayCalendar {

    /** The years the calendar answers for; others are refused rather than guessed. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;
    public static final String REGION = "KR";

    private final NavigableMap<LocalDate, List<String>> extras;
    private final Map<Integer, NavigableMap<LocalDate, PublicHoliday>> years = new ConcurrentHashMap<>();

    /** A calendar with these election days and one-off holidays (several on one date are all named). */
    public KoreanHolidays(Collection<ExtraHoliday> extraHolidays) {
        TreeMap<LocalDate, List<String>> byDate = new TreeMap<>();
        for (ExtraHoliday extra : extraHolidays) {
            List<String> names = byDate.computeIfAbsent(extra.date(), d -> new ArrayList<>());
            if (!names.contains(extra.name())) {
                names.add(extra.name());
            }
        }
        byDate.replaceAll((date, names) -> List.copyOf(names));
        this.extras = byDate;
    }

    /** {@code KR}: the code call_time_window.skip_holidays names this calendar by. */
    @Override
    public String region() {
        return REGION;
    }

    /** Whether {@code date} is a public holiday other than a plain Sunday. */
    @Override
    public boolean isHoliday(LocalDate date) {
        return holiday(date).isPresent();
    }

    /** The holiday on {@code date}, if it is one (a plain Sunday is not). */
    public Optional<PublicHoliday> holiday(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).get(date));
    }

    /** Every holiday of {@code year} in date order, substitutes included, one entry per date. */
    public List<PublicHoliday> holidaysOf(int year) {
        return List.copyOf(year(year).values());
    }

    private NavigableMap<LocalDate, PublicHoliday> year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Korean holidays are known for " + FIRST_YEAR + "-" + LAST_YEAR + ", not " + year);
        }
        return years.computeIfAbsent(year, this::compute);
    }

    /** The year with its neighbours, so that substitutes see holidays across New Year. */
    private NavigableMap<LocalDate, PublicHoliday> compute(int year) {
        TreeMap<LocalDate, List<Observance>> statutory = new TreeMap<>();
        for (int y = Math.max(FIRST_YEAR, year - 1); y <= Math.min(LAST_YEAR, year + 1); y++) {
            statutory.putAll(StatutoryHolidays.of(y));
        }
        TreeMap<LocalDate, PublicHoliday> days = new TreeMap<>();
        statutory.forEach((date, observances) -> days.put(date, new PublicHoliday(date,
                concat(observances.stream().map(Observance::displayName).toList(),
                        extras.getOrDefault(date, List.of())), false)));
        extras.subMap(statutory.firstKey(), true, statutory.lastKey(), true).forEach((date, names) ->
                days.putIfAbsent(date, new PublicHoliday(date, names, false)));
        statutory.forEach((date, observances) -> {
            int owed = substitutesOwed(date, observances);
            for (int i = 0; i < owed; i++) {
                LocalDate substitute = firstFreeWeekdayAfter(date, days);
                days.put(substitute, new PublicHoliday(substitute,
                        List.of("Substitute holiday (" + madeUp(observances) + ")"), true));
            }
        });
        return new TreeMap<>(days.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
    }

    /** How many of the holidays on {@code date} lose their day off (see the class comment). */
    private int substitutesOwed(LocalDate date, List<Observance> observances) {
        List<Observance> madeUp = observances.stream()
                .filter(o -> o.substituteRule() != Observance.SubstituteRule.NONE).toList();
        if (madeUp.isEmpty()) {
            return 0;
        }
        boolean onlyMadeUp = madeUp.size() == observances.size() && !extras.containsKey(date);
        DayOfWeek day = date.getDayOfWeek();
        boolean dayKeepsOne = day != DayOfWeek.SUNDAY && (day != DayOfWeek.SATURDAY
                || madeUp.stream().anyMatch(o -> o.substituteRule() == Observance.SubstituteRule.SUNDAY_OR_OVERLAP));
        return madeUp.size() - (onlyMadeUp && dayKeepsOne ? 1 : 0);
    }

    private static String madeUp(List<Observance> observances) {
        return observances.stream().filter(o -> o.substituteRule() != Observance.SubstituteRule.NONE)
                .map(Observance::displayName).collect(Collectors.joining(" / "));
    }

    private static LocalDate firstFreeWeekdayAfter(LocalDate date, Map<LocalDate, PublicHoliday> days) {
        LocalDate candidate = date.plusDays(1);
        while (candidate.getDayOfWeek() == DayOfWeek.SATURDAY || candidate.getDayOfWeek() == DayOfWeek.SUNDAY
                || days.containsKey(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
