package io.voxcampaigns.platform.schedule;

import static io.voxcampaigns.platform.schedule.TestWindows.at;
import static io.voxcampaigns.platform.schedule.TestWindows.in;
import static io.voxcampaigns.platform.schedule.TestWindows.window;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Zones that change their clocks at midnight, so end_min 1440 and start_min 0 meet a transition. */
class CallTimeWindowMidnightTransitionTest {

    // Santiago, 2024-09-08: Saturday 24:00 -04 (04:00Z) jumps to Sunday 01:00 -03; that midnight never happens.
    // Santiago, 2024-04-07: Sunday 00:00 -03 (03:00Z) goes back to Saturday 23:00 -04; Saturday 23:xx happens twice.
    private static final String SANTIAGO = "America/Santiago";

    @Test
    void endOfDayClosesAtTheSkippedMidnight() {
        CallingHours evening = in(SANTIAGO, window(1200, 1440, SATURDAY));
        assertThat(evening.nextOpening(at("2024-09-07T12:00-04:00"))).contains(at("2024-09-08T00:00Z"));
        assertThat(evening.nextClosing(at("2024-09-08T00:00Z"))).contains(at("2024-09-08T04:00Z"));
        assertThat(evening.isOpen(at("2024-09-08T03:59:59.999Z"))).isTrue();
    }

    @Test
    void aFirstHourWindowAfterASkippedMidnightIsSwallowed() {
        CallingHours firstHour = in(SANTIAGO, window(0, 60, SUNDAY));
        assertThat(firstHour.nextOpening(at("2024-09-08T03:00Z"))).contains(at("2024-09-15T00:00-03:00"));
    }

    @Test
    void aLongerMorningWindowOpensAtTheTransition() {
        CallingHours morning = in(SANTIAGO, window(0, 120, SUNDAY));
        assertThat(morning.nextOpening(at("2024-09-08T03:00Z"))).contains(at("2024-09-08T04:00Z"));
        CallingHours overnight = in(SANTIAGO, window(1200, 1440, SATURDAY), window(0, 120, SUNDAY));
        assertThat(overnight.nextClosing(at("2024-09-08T01:00Z"))).contains(at("2024-09-08T02:00-03:00"));
    }

    @Test
    void endOfDayLastsThroughTheRepeatedHour() {
        CallingHours lateEvening = in(SANTIAGO, window(1320, 1440, SATURDAY));
        assertThat(lateEvening.nextOpening(at("2024-04-06T20:00-03:00"))).contains(at("2024-04-07T01:00Z"));
        assertThat(lateEvening.nextClosing(at("2024-04-07T01:00Z"))).contains(at("2024-04-07T00:00-04:00"));
        assertThat(lateEvening.nextClosing(at("2024-04-07T01:00Z"))).contains(at("2024-04-07T04:00Z"));
    }

    @Test
    void theNextDayStartsAtTheLaterMidnight() {
        CallingHours sunday = in(SANTIAGO, window(0, 60, SUNDAY));
        // 03:00Z would have been Sunday 00:00 -03, but the clock shows Saturday 23:00 -04 instead.
        assertThat(sunday.isOpen(at("2024-04-07T03:00Z"))).isFalse();
        assertThat(sunday.nextOpening(at("2024-04-07T02:30Z"))).contains(at("2024-04-07T04:00Z"));
        CallingHours overnight = in(SANTIAGO, window(1320, 1440, SATURDAY), window(0, 60, SUNDAY));
        assertThat(overnight.nextClosing(at("2024-04-07T01:00Z"))).contains(at("2024-04-07T05:00Z"));
    }

    @Test
    void beirutSkipsMidnightToo() {
        // Beirut, 2024-03-31: Sunday 00:00 +02 (2024-03-30T22:00Z) jumps to 01:00 +03.
        CallingHours saturdayNight = in("Asia/Beirut", window(1380, 1440, SATURDAY));
        assertThat(saturdayNight.nextClosing(at("2024-03-30T23:30+02:00"))).contains(at("2024-03-30T22:00Z"));
        assertThat(saturdayNight.isOpen(at("2024-03-30T22:00Z"))).isFalse();
    }
}
