package io.voxcampaigns.platform.schedule;

import static io.voxcampaigns.platform.schedule.TestWindows.at;
import static io.voxcampaigns.platform.schedule.TestWindows.in;
import static io.voxcampaigns.platform.schedule.TestWindows.window;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Fall back: repeated wall-clock times are open each time they happen. */
class CallTimeWindowDstOverlapTest {

    // New York, Sunday 2024-11-03: 02:00 EDT (06:00Z) goes back to 01:00 EST; 01:00-01:59 happens twice.
    private static final String NEW_YORK = "America/New_York";

    @Test
    void aWindowAroundTheRepeatedHourIsOpenForItsWholeRealDuration() {
        CallingHours window = in(NEW_YORK, window(60, 180, SUNDAY));
        assertThat(window.nextOpening(at("2024-11-03T00:00-04:00"))).contains(at("2024-11-03T01:00-04:00"));
        assertThat(window.nextClosing(at("2024-11-03T01:00-04:00"))).contains(at("2024-11-03T03:00-05:00"));
        assertThat(window.nextClosing(at("2024-11-03T01:30-05:00"))).contains(at("2024-11-03T03:00-05:00"));
        assertThat(Duration.between(at("2024-11-03T01:00-04:00"), at("2024-11-03T03:00-05:00")))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void aWindowInsideTheRepeatedHourOpensTwice() {
        CallingHours window = in(NEW_YORK, window(60, 90, SUNDAY));
        assertThat(window.nextClosing(at("2024-11-03T01:10-04:00"))).contains(at("2024-11-03T01:30-04:00"));
        assertThat(window.isOpen(at("2024-11-03T01:45-04:00"))).isFalse();
        assertThat(window.nextOpening(at("2024-11-03T01:30-04:00"))).contains(at("2024-11-03T01:00-05:00"));
        assertThat(window.nextClosing(at("2024-11-03T01:00-05:00"))).contains(at("2024-11-03T01:30-05:00"));
        assertThat(window.nextOpening(at("2024-11-03T01:30-05:00"))).contains(at("2024-11-10T01:00-05:00"));
    }

    @Test
    void aWindowEndingAtTheTransitionClosesThenOpensAgain() {
        CallingHours window = in(NEW_YORK, window(90, 120, SUNDAY));
        assertThat(window.nextClosing(at("2024-11-03T01:45-04:00"))).contains(at("2024-11-03T06:00Z"));
        assertThat(window.nextOpening(at("2024-11-03T06:00Z"))).contains(at("2024-11-03T01:30-05:00"));
    }

    @Test
    void berlinRepeatsTwoToThreeOnTheLastSundayOfOctober() {
        // Berlin, Sunday 2024-10-27: 03:00 CEST (01:00Z) goes back to 02:00 CET.
        CallingHours repeated = in("Europe/Berlin", window(120, 180, SUNDAY));
        assertThat(repeated.nextOpening(at("2024-10-26T23:00Z"))).contains(at("2024-10-27T00:00Z"));
        assertThat(repeated.nextClosing(at("2024-10-27T00:00Z"))).contains(at("2024-10-27T02:00Z"));
        CallingHours wholeDay = in("Europe/Berlin", window(0, 1440, SUNDAY));
        assertThat(wholeDay.nextClosing(at("2024-10-27T12:00+01:00"))).contains(at("2024-10-28T00:00+01:00"));
        assertThat(Duration.between(at("2024-10-27T00:00+02:00"), at("2024-10-28T00:00+01:00")))
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void lordHoweRepeatsHalfAnHour() {
        // Lord Howe, Sunday 2024-04-07: 02:00 +11:00 (2024-04-06T15:00Z) goes back to 01:30 +10:30.
        String lordHowe = "Australia/Lord_Howe";
        CallingHours repeatedHalfHour = in(lordHowe, window(90, 120, SUNDAY));
        assertThat(repeatedHalfHour.nextOpening(at("2024-04-06T14:00Z"))).contains(at("2024-04-06T14:30Z"));
        assertThat(repeatedHalfHour.nextClosing(at("2024-04-06T14:30Z"))).contains(at("2024-04-06T15:30Z"));
        CallingHours tenMinutes = in(lordHowe, window(100, 110, SUNDAY));
        assertThat(tenMinutes.nextClosing(at("2024-04-06T14:40Z"))).contains(at("2024-04-06T14:50Z"));
        assertThat(tenMinutes.nextOpening(at("2024-04-06T14:50Z"))).contains(at("2024-04-06T15:10Z"));
        assertThat(tenMinutes.nextClosing(at("2024-04-06T15:10Z"))).contains(at("2024-04-06T15:20Z"));
    }
}
