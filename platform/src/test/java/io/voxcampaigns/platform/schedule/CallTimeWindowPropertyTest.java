package io.voxcampaigns.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.platform.holidays.KoreanHolidays;

/**
 * Random window sets and instants (fixed seed) checked against the definitions of the three queries; a third of the
 * sets also close dates (runs of blackout dates, Korean public holidays), with instants near them, and a third are
 * restricted to the Korean legal hours of a purpose (08:00-21:00 in Seoul, whatever the windows' zone).
 */
class CallTimeWindowPropertyTest {

    private static final long SEED = 20_261_123L;
    private static final int WINDOW_SETS = 400;
    private static final int INSTANTS_PER_SET = 4;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2026-12-31T00:00:00Z");
    private static final List<String> ZONES = List.of("Asia/Seoul", "UTC", "America/New_York", "Europe/Berlin",
            "Australia/Lord_Howe", "America/Santiago", "Asia/Beirut", "Pacific/Kiritimati", "Pacific/Pago_Pago",
            "Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns");

    private static final KoreanHolidays KOREAN = new KoreanHolidays(List.of());

    private final Random random = new Random(SEED);

    @Test
    void nextOpeningIsTheFirstOpenInstant() {
        for (int set = 0; set < WINDOW_SETS; set++) {
            CallingHours window = randomWindow();
            for (int i = 0; i < INSTANTS_PER_SET; i++) {
                Instant t = randomInstant(window);
                String context = window + " at " + t;
                Optional<Instant> opening = window.nextOpening(t);
                if (opening.isEmpty()) {
                    assertThat(window.legal()).as("only legal hours may leave no opening: " + context).isNotNull();
                    assertClosedForAWeek(window, t, context);
                    continue;
                }
                Instant open = opening.get();
                assertThat(open).as(context).isAfterOrEqualTo(t);
                assertThat(window.isOpen(open)).as(context).isTrue();
                if (open.isAfter(t)) {
                    assertThat(window.isOpen(open.minusMillis(1))).as(context).isFalse();
                }
                for (Instant s = t; s.isBefore(open); s = s.plus(MINUTE)) {
                    assertThat(window.isOpen(s)).as("%s, sampled %s", context, s).isFalse();
                }
            }
        }
    }

    @Test
    void nextClosingEndsTheOpenPeriod() {
        for (int set = 0; set < WINDOW_SETS; set++) {
            CallingHours window = randomWindow();
            for (int i = 0; i < INSTANTS_PER_SET; i++) {
                // Start from an open instant, otherwise nextClosing is the instant itself.
                Optional<Instant> opening = window.nextOpening(randomInstant(window));
                if (opening.isEmpty()) {
                    continue;
                }
                Instant t = opening.get();
                String context = window + " at " + t;
                Optional<Instant> closing = window.nextClosing(t);
                if (closing.isEmpty()) {
                    assertOpenForAWeek(window, t, context);
                    continue;
                }
                Instant closed = closing.get();
                assertThat(closed).as(context).isAfter(t);
                assertThat(window.isOpen(closed)).as(context).isFalse();
                assertThat(window.isOpen(closed.minusMillis(1))).as(context).isTrue();
                for (Instant s = t; s.isBefore(closed); s = s.plus(MINUTE)) {
                    assertThat(window.isOpen(s)).as("%s, sampled %s", context, s).isTrue();
                }
            }
        }
    }

    @Test
    void eachQueryIsTheIdentityWhereItAlreadyHolds() {
        for (int set = 0; set < WINDOW_SETS; set++) {
            CallingHours window = randomWindow();
            Instant t = randomInstant(window);
            if (window.isOpen(t)) {
                assertThat(window.nextOpening(t)).as("%s at %s", window, t).contains(t);
            } else {
                assertThat(window.nextClosing(t)).as("%s at %s", window, t).contains(t);
            }
        }
    }

    private static void assertClosedForAWeek(CallingHours window, Instant t, String context) {
        for (Instant s = t; s.isBefore(t.plus(Duration.ofDays(8))); s = s.plus(MINUTE)) {
            assertThat(window.isOpen(s)).as("%s never opens, sampled %s", context, s).isFalse();
        }
    }

    private static void assertOpenForAWeek(CallingHours window, Instant t, String context) {
        for (Instant s = t; s.isBefore(t.plus(Duration.ofDays(8))); s = s.plus(MINUTE)) {
            assertThat(window.isOpen(s)).as("%s never closes, sampled %s", context, s).isTrue();
        }
    }

    private CallingHours randomWindow() {
        ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
        int count = 1 + random.nextInt(random.nextInt(8) == 0 ? 28 : 4);
        List<WeeklyWindow> windows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            windows.add(randomWeeklyWindow());
        }
        CallingHours hours = new CallingHours(windows, zone, random.nextBoolean(), randomClosedDates());
        return random.nextInt(3) == 0 ? hours.forPurpose(CallPurpose.DEBT_COLLECTION) : hours;
    }

    /** Two times in three none; else up to three runs of 1-10 blackout dates, and Korean holidays half the time. */
    private ClosedDates randomClosedDates() {
        if (random.nextInt(3) != 0) {
            return ClosedDates.none();
        }
        SortedSet<LocalDate> blackout = new TreeSet<>();
        int runs = random.nextInt(4);
        for (int run = 0; run < runs; run++) {
            LocalDate first = LocalDate.ofInstant(randomInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            int length = 1 + random.nextInt(10);
            for (int day = 0; day < length; day++) {
                blackout.add(first.plusDays(day));
            }
        }
        return new ClosedDates(blackout, random.nextBoolean() ? KOREAN : null);
    }

    private WeeklyWindow randomWeeklyWindow() {
        // Round minutes and whole days are common in real settings and meet DST transitions exactly.
        int start = random.nextBoolean() ? random.nextInt(1440) : 30 * random.nextInt(48);
        int end = random.nextInt(3) == 0 ? 1440 : start + 1 + random.nextInt(1440 - start);
        if (random.nextInt(10) == 0) {
            start = 0;
        }
        return new WeeklyWindow(start, end, randomDays());
    }

    private Set<DayOfWeek> randomDays() {
        if (random.nextInt(4) == 0) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        while (days.isEmpty()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(3) == 0) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    /** For closed dates, half the time a few days before one of them; else as {@link #randomInstant(ZoneId)}. */
    private Instant randomInstant(CallingHours window) {
        SortedSet<LocalDate> blackout = window.closed().blackout();
        if (blackout.isEmpty() || random.nextBoolean()) {
            return randomInstant(window.zone());
        }
        LocalDate date = new ArrayList<>(blackout).get(random.nextInt(blackout.size()));
        Instant midnight = date.atStartOfDay(window.zone()).toInstant();
        return midnight.minusMillis((long) (random.nextDouble() * Duration.ofDays(3).toMillis()));
    }

    /** Half uniform over three years, half within a few hours of one of the zone's transitions. */
    private Instant randomInstant(ZoneId zone) {
        long span = LAST.toEpochMilli() - FIRST.toEpochMilli();
        Instant uniform = FIRST.plusMillis((long) (random.nextDouble() * span));
        ZoneOffsetTransition transition = zone.getRules().nextTransition(uniform);
        if (transition == null || random.nextBoolean()) {
            return uniform;
        }
        long around = Duration.ofHours(6).toMillis();
        return transition.getInstant().plusMillis((long) ((random.nextDouble() - 0.5) * around));
    }
}
