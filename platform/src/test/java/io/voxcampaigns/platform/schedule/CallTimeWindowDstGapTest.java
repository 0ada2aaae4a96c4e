package io.voxcampaigns.platform.schedule;

import static io.voxcampaigns.platform.schedule.TestWindows.at;
import static io.voxcampaigns.platform.schedule.TestWindows.in;
import static io.voxcampaigns.platform.schedule.TestWindows.window;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Spring forward: wall-clock times inside the gap never happen, so no window is open at them. */
class CallTimeWindowDstGapTest {

    // New York, Sunday 2024-03-10: 02:00 EST (07:00Z) jumps to 03:00 EDT.
    private static final String NEW_YORK = "America/New_York";

    @Test
    void aWindowStartingInTheGapOpensAtTheFirstInstantAfterIt() {
        CallingHours window = in(NEW_YORK, window(150, 300, SUNDAY));
        assertThat(window.isOpen(at("2024-03-10T01:59:59.999-05:00"))).isFalse();
        assertThat(window.nextOpening(at("2024-03-10T01:00-05:00"))).contains(at("2024-03-10T07:00Z"));
        assertThat(window.nextOpening(at("2024-03-10T01:00-05:00"))).contains(at("2024-03-10T03:00-04:00"));
        assertThat(window.nextClosing(at("2024-03-10T07:00Z"))).contains(at("2024-03-10T05:00-04:00"));
    }

    @Test
    void aWindowEndingInTheGapClosesWhenTheGapBegins() {
        CallingHours window = in(NEW_YORK, window(60, 150, SUNDAY));
        assertThat(window.nextOpening(at("2024-03-10T00:00-05:00"))).contains(at("2024-03-10T01:00-05:00"));
        assertThat(window.nextClosing(at("2024-03-10T01:00-05:00"))).contains(at("2024-03-10T07:00Z"));
    }

    @Test
    void aWindowWhollyInsideTheGapDoesNotOpenThatDay() {
        CallingHours inside = in(NEW_YORK, window(130, 160, SUNDAY));
        assertThat(inside.nextOpening(at("2024-03-10T01:00-05:00"))).contains(at("2024-03-17T02:10-04:00"));
        CallingHours wholeGap = in(NEW_YORK, window(120, 180, SUNDAY));
        assertThat(wholeGap.nextOpening(at("2024-03-10T01:00-05:00"))).contains(at("2024-03-17T02:00-04:00"));
    }

    @Test
    void aWindowAcrossTheGapIsShorterInRealTime() {
        CallingHours night = in(NEW_YORK, window(60, 240, SUNDAY));
        assertThat(night.nextClosing(at("2024-03-10T01:00-05:00"))).contains(at("2024-03-10T04:00-04:00"));
        assertThat(Duration.between(at("2024-03-10T01:00-05:00"), at("2024-03-10T04:00-04:00")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void berlinSkipsTwoToThreeOnTheLastSundayOfMarch() {
        // Berlin, Sunday 2024-03-31: 02:00 CET (01:00Z) jumps to 03:00 CEST.
        CallingHours inside = in("Europe/Berlin", window(135, 165, SUNDAY));
        assertThat(inside.nextOpening(at("2024-03-31T00:00Z"))).contains(at("2024-04-07T02:15+02:00"));
        CallingHours wholeDay = in("Europe/Berlin", window(0, 1440, SUNDAY));
        assertThat(wholeDay.nextClosing(at("2024-03-31T10:00+02:00"))).contains(at("2024-04-01T00:00+02:00"));
        assertThat(Duration.between(at("2024-03-31T00:00+01:00"), at("2024-04-01T00:00+02:00")))
                .isEqualTo(Duration.ofHours(23));
    }

    @Test
    void lordHoweSkipsHalfAnHour() {
        // Lord Howe, Sunday 2024-10-06: 02:00 +10:30 (2024-10-05T15:30Z) jumps to 02:30 +11:00.
        String lordHowe = "Australia/Lord_Howe";
        CallingHours swallowed = in(lordHowe, window(120, 150, SUNDAY));
        assertThat(swallowed.nextOpening(at("2024-10-05T15:00Z"))).contains(at("2024-10-13T02:00+11:00"));
        CallingHours startsInGap = in(lordHowe, window(135, 240, SUNDAY));
        assertThat(startsInGap.nextOpening(at("2024-10-05T15:00Z"))).contains(at("2024-10-05T15:30Z"));
        assertThat(startsInGap.nextClosing(at("2024-10-05T15:30Z"))).contains(at("2024-10-06T04:00+11:00"));
        CallingHours endsInGap = in(lordHowe, window(90, 140, SUNDAY));
        assertThat(endsInGap.nextClosing(at("2024-10-06T01:30+10:30"))).contains(at("2024-10-05T15:30Z"));
    }
}
