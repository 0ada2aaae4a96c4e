package io.voxcampaigns.platform.schedule;

import static io.voxcampaigns.platform.schedule.TestWindows.at;
import static io.voxcampaigns.platform.schedule.TestWindows.everyDay;
import static io.voxcampaigns.platform.schedule.TestWindows.in;
import static io.voxcampaigns.platform.schedule.TestWindows.window;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class CallTimeWindowNextClosingTest {

    private static final CallingHours DEFAULTS = CallingHours.defaults();

    @Test
    void aClosedInstantIsItsOwnClosing() {
        Instant night = at("2024-06-03T22:00:00.5+09:00");
        assertThat(DEFAULTS.nextClosing(night)).contains(night);
    }

    @Test
    void anOpenInstantClosesAtTheEndOfItsWindow() {
        assertThat(DEFAULTS.nextClosing(at("2024-06-03T08:00+09:00"))).contains(at("2024-06-03T20:00+09:00"));
        assertThat(DEFAULTS.nextClosing(at("2024-06-03T19:59:59.999+09:00"))).contains(at("2024-06-03T20:00+09:00"));
    }

    @Test
    void backToBackWindowsAreOnePeriod() {
        CallingHours window = in("Asia/Seoul", everyDay(540, 720), everyDay(720, 900));
        assertThat(window.nextClosing(at("2024-06-03T10:00+09:00"))).contains(at("2024-06-03T15:00+09:00"));
    }

    @Test
    void overlappingWindowsAreOnePeriod() {
        CallingHours window = in("Asia/Seoul", everyDay(700, 1000), everyDay(540, 720), everyDay(990, 1010));
        assertThat(window.nextClosing(at("2024-06-03T09:00+09:00"))).contains(at("2024-06-03T16:50+09:00"));
    }

    @Test
    void aGapOfOneMinuteSplitsThePeriod() {
        CallingHours window = in("Asia/Seoul", everyDay(540, 719), everyDay(720, 900));
        assertThat(window.nextClosing(at("2024-06-03T10:00+09:00"))).contains(at("2024-06-03T11:59+09:00"));
    }

    @Test
    void aPeriodRunsOnPastMidnightIntoTheNextDaysWindow() {
        CallingHours overnight = in("Asia/Seoul", window(1200, 1440, SATURDAY), window(0, 180, SUNDAY));
        assertThat(overnight.nextClosing(at("2024-06-01T21:00+09:00"))).contains(at("2024-06-02T03:00+09:00"));
    }

    @Test
    void withoutANextDayWindowItClosesAtMidnight() {
        CallingHours evening = in("Asia/Seoul", window(1200, 1440, SATURDAY), window(0, 180, MONDAY));
        assertThat(evening.nextClosing(at("2024-06-01T21:00+09:00"))).contains(at("2024-06-02T00:00+09:00"));
    }

    @Test
    void wholeDaysInARowAreOnePeriodAcrossTheWeekWrap() {
        CallingHours longWeekend = in("UTC", window(0, 1440, SATURDAY, SUNDAY, MONDAY, TUESDAY));
        assertThat(longWeekend.nextClosing(at("2024-06-01T10:00Z"))).contains(at("2024-06-05T00:00Z"));
    }

    @Test
    void everythingButOneMinuteClosesForThatMinute() {
        CallingHours almostAlways = in("UTC", everyDay(0, 1440), window(0, 1439, WEDNESDAY));
        CallingHours gapOnWednesday = in("UTC",
                new WeeklyWindow(0, 1440, EnumSet.complementOf(EnumSet.of(WEDNESDAY))), window(0, 1439, WEDNESDAY));
        assertThat(almostAlways.nextClosing(at("2024-06-01T10:00Z"))).isEmpty();
        assertThat(gapOnWednesday.nextClosing(at("2024-06-01T10:00Z"))).contains(at("2024-06-05T23:59Z"));
        assertThat(gapOnWednesday.isOpen(at("2024-06-06T00:00Z"))).isTrue();
    }

    @Test
    void windowsCoveringTheWholeWeekNeverClose() {
        assertThat(in("Asia/Seoul", everyDay(0, 1440)).nextClosing(at("2024-06-01T10:00Z"))).isEmpty();
        CallingHours pieces = in("America/New_York", everyDay(0, 700), everyDay(600, 1440));
        assertThat(pieces.nextClosing(at("2024-03-10T06:00Z"))).isEmpty();
        CallingHours perDay = in("Europe/Berlin", window(0, 1440, MONDAY, TUESDAY, WEDNESDAY),
                new WeeklyWindow(0, 1440, EnumSet.range(DayOfWeek.THURSDAY, DayOfWeek.SUNDAY)));
        assertThat(perDay.nextClosing(at("2024-10-27T01:30Z"))).isEmpty();
    }

    @Test
    void farZonesCloseAtTheirLocalEnd() {
        CallingHours kiritimati = in("Pacific/Kiritimati", window(540, 600, MONDAY));
        assertThat(kiritimati.nextClosing(at("2024-06-02T19:30Z"))).contains(at("2024-06-03T10:00+14:00"));
        CallingHours pagoPago = in("Pacific/Pago_Pago", window(1380, 1440, SUNDAY));
        assertThat(pagoPago.nextClosing(at("2024-06-03T10:30Z"))).contains(at("2024-06-03T00:00-11:00"));
    }
}
