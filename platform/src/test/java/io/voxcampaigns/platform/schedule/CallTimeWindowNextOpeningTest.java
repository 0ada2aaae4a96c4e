package io.voxcampaigns.platform.schedule;

import static io.voxcampaigns.platform.schedule.TestWindows.at;
import static io.voxcampaigns.platform.schedule.TestWindows.everyDay;
import static io.voxcampaigns.platform.schedule.TestWindows.in;
import static io.voxcampaigns.platform.schedule.TestWindows.window;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CallTimeWindowNextOpeningTest {

    private static final CallingHours DEFAULTS = CallingHours.defaults();

    @Test
    void anOpenInstantIsItsOwnOpening() {
        Instant noon = at("2024-06-03T12:00:00.123+09:00");
        assertThat(DEFAULTS.nextOpening(noon)).contains(noon);
        assertThat(DEFAULTS.nextOpening(at("2024-06-03T08:00+09:00"))).contains(at("2024-06-03T08:00+09:00"));
    }

    @Test
    void beforeTheWindowItOpensTheSameDay() {
        assertThat(DEFAULTS.nextOpening(at("2024-06-03T03:17:45+09:00"))).contains(at("2024-06-03T08:00+09:00"));
        assertThat(DEFAULTS.nextOpening(at("2024-06-03T07:59:59.999+09:00"))).contains(at("2024-06-03T08:00+09:00"));
    }

    @Test
    void afterTheWindowItOpensTheNextDay() {
        assertThat(DEFAULTS.nextOpening(at("2024-06-03T20:00+09:00"))).contains(at("2024-06-04T08:00+09:00"));
        assertThat(DEFAULTS.nextOpening(at("2024-06-03T23:59:59+09:00"))).contains(at("2024-06-04T08:00+09:00"));
    }

    @Test
    void betweenTwoWindowsItOpensAtTheSecond() {
        CallingHours split = in("Asia/Seoul", everyDay(540, 720), everyDay(780, 1080));
        assertThat(split.nextOpening(at("2024-06-03T12:30+09:00"))).contains(at("2024-06-03T13:00+09:00"));
    }

    @Test
    void windowsListedOutOfOrderStillGiveTheEarliest() {
        CallingHours split = in("Asia/Seoul", everyDay(780, 1080), everyDay(540, 720), everyDay(600, 610));
        assertThat(split.nextOpening(at("2024-06-03T05:00+09:00"))).contains(at("2024-06-03T09:00+09:00"));
    }

    @Test
    void aWeekWithOneDayWaitsForThatDay() {
        CallingHours thursdays = in("Asia/Seoul", window(600, 660, THURSDAY));
        // 2024-06-06 is a Thursday.
        assertThat(thursdays.nextOpening(at("2024-06-06T11:00+09:00"))).contains(at("2024-06-13T10:00+09:00"));
        assertThat(thursdays.nextOpening(at("2024-06-07T00:00+09:00"))).contains(at("2024-06-13T10:00+09:00"));
        assertThat(thursdays.nextOpening(at("2024-06-06T09:59+09:00"))).contains(at("2024-06-06T10:00+09:00"));
    }

    @Test
    void theWeekWrapsFromSundayToMonday() {
        CallingHours mondays = in("UTC", window(0, 60, MONDAY));
        assertThat(mondays.nextOpening(at("2024-06-09T23:59:59.999Z"))).contains(at("2024-06-10T00:00Z"));
        assertThat(mondays.nextOpening(at("2024-06-10T01:00Z"))).contains(at("2024-06-17T00:00Z"));
    }

    @Test
    void aLateFridayOpensOnlyNextWeekWhenTheWeekendIsClosed() {
        CallingHours workdays = in("Europe/Berlin", window(540, 1020, MONDAY, FRIDAY));
        assertThat(workdays.nextOpening(at("2024-06-07T17:00+02:00"))).contains(at("2024-06-10T09:00+02:00"));
    }

    @Test
    void farEastAndFarWestZonesOpenOnTheirOwnCalendar() {
        CallingHours kiritimati = in("Pacific/Kiritimati", window(540, 600, MONDAY));
        CallingHours pagoPago = in("Pacific/Pago_Pago", window(540, 600, SUNDAY));
        Instant saturdayNoonUtc = at("2024-06-01T12:00Z");
        assertThat(kiritimati.nextOpening(saturdayNoonUtc)).contains(at("2024-06-03T09:00+14:00"));
        assertThat(kiritimati.nextOpening(saturdayNoonUtc)).contains(at("2024-06-02T19:00Z"));
        assertThat(pagoPago.nextOpening(saturdayNoonUtc)).contains(at("2024-06-02T09:00-11:00"));
        assertThat(pagoPago.nextOpening(saturdayNoonUtc)).contains(at("2024-06-02T20:00Z"));
    }
}
