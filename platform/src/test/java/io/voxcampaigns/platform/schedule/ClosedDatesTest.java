package io.voxcampaigns.platform.schedule;

import static io.voxcampaigns.platform.schedule.TestWindows.at;
import static io.voxcampaigns.platform.schedule.TestWindows.everyDay;
import static io.voxcampaigns.platform.schedule.TestWindows.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.FieldError;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.holidays.KoreanHolidays;

/** Blackout dates and skipped public holidays close whole local dates, whatever the windows say. */
class ClosedDatesTest {

    private static final String PATH = "call_time_window";
    private static final KoreanHolidays KOREAN = new KoreanHolidays(List.of());
    private static final HolidayCalendars CALENDARS = new HolidayCalendars(List.of(KOREAN));
    private static final CallTimeWindowInput.Window DAYTIME =
            new CallTimeWindowInput.Window(480, 1200, List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                    "Saturday", "Sunday"));

    private final ValidationErrors errors = new ValidationErrors();

    @Test
    void aBlackoutDateClosesItsWholeLocalDay() {
        CallingHours hours = seoul(new ClosedDates(dates("2027-03-03"), null), everyDay(480, 1200));

        assertThat(hours.isOpen(at("2027-03-02T19:59+09:00"))).isTrue();
        assertThat(hours.isOpen(at("2027-03-03T10:00+09:00"))).isFalse();
        assertThat(hours.nextOpening(at("2027-03-02T20:30+09:00"))).contains(at("2027-03-04T08:00+09:00"));
        assertThat(hours.nextClosing(at("2027-03-02T12:00+09:00"))).contains(at("2027-03-02T20:00+09:00"));
    }

    @Test
    void windowsAroundTheClockCloseAtTheBlackoutsMidnightAndNeverWithoutOne() {
        CallingHours closed = seoul(new ClosedDates(dates("2027-03-03", "2027-03-04"), null), everyDay(0, 1440));
        CallingHours open = seoul(ClosedDates.none(), everyDay(0, 1440));
        CallingHours past = seoul(new ClosedDates(dates("2020-01-01"), null), everyDay(0, 1440));

        assertThat(closed.nextClosing(at("2027-03-01T12:00+09:00"))).contains(at("2027-03-03T00:00+09:00"));
        assertThat(closed.nextOpening(at("2027-03-03T00:00+09:00"))).contains(at("2027-03-05T00:00+09:00"));
        assertThat(open.nextClosing(at("2027-03-01T12:00+09:00"))).isEmpty();
        assertThat(past.nextClosing(at("2027-03-01T12:00+09:00"))).isEmpty();
    }

    @Test
    void skippingKoreanHolidaysStepsOverSeollalAndItsSubstituteDay() {
        // Seollal 2027 is Sunday 7 February in Korea (6-8 February off); it overlaps a Sunday, so Tuesday 9 is the
        // substitute holiday.
        CallingHours weekdays = seoul(new ClosedDates(new TreeSet<>(), KOREAN),
                window(540, 1080, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY));

        assertThat(weekdays.nextOpening(at("2027-02-05T19:00+09:00"))).contains(at("2027-02-10T09:00+09:00"));
        assertThat(weekdays.isOpen(at("2027-02-08T10:00+09:00"))).isFalse();
        assertThat(weekdays.isOpen(at("2027-02-09T10:00+09:00"))).isFalse();
        assertThat(weekdays.isOpen(at("2027-02-10T10:00+09:00"))).isTrue();
    }

    @Test
    void closedDatesAreDatesOfTheWindowsZone() {
        // 3 March in New York (EST): 09:00 and 22:00 local are closed, the latter already the 4th in UTC; its midnight
        // opens.
        CallingHours newYork = new CallingHours(List.of(everyDay(0, 1440)), ZoneId.of("America/New_York"), true,
                new ClosedDates(dates("2027-03-03"), null));

        assertThat(newYork.isOpen(at("2027-03-03T14:00Z"))).isFalse();
        assertThat(newYork.isOpen(at("2027-03-04T03:00Z"))).isFalse();
        assertThat(newYork.isOpen(at("2027-03-04T05:00Z"))).isTrue();
        assertThat(newYork.nextOpening(at("2027-03-03T14:00Z"))).contains(at("2027-03-04T00:00-05:00"));
    }

    @Test
    void validBlackoutDatesAndRegionAreKept() {
        Optional<CallingHours> hours = validate(input(List.of("2027-05-05", "2027-01-01"), "KR"));

        assertThat(errors.isEmpty()).isTrue();
        assertThat(hours.orElseThrow().closed().blackout()).containsExactly(LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-05-05"));
        assertThat(hours.orElseThrow().closed().holidayRegion()).isEqualTo("KR");
        assertThat(validate(input(null, null)).orElseThrow().closed()).isEqualTo(ClosedDates.none());
    }

    @Test
    void eachBadBlackoutDateIsNamedByItsIndex() {
        List<String> dates = new ArrayList<>(List.of("2027-05-05", "5 May 2027", "2027-02-30", "2027-05-05"));
        dates.add(null);

        assertThat(validate(input(dates, null))).isEmpty();

        assertThat(reported()).extracting(FieldError::field).containsExactly("call_time_window.blackout_dates[1]",
                "call_time_window.blackout_dates[2]", "call_time_window.blackout_dates", "call_time_window.blackout_dates[4]");
        assertThat(reported().get(0).reason()).isEqualTo("must be a date YYYY-MM-DD, got \"5 May 2027\"");
        assertThat(reported().get(2).reason()).isEqualTo("must not repeat 2027-05-05");
    }

    @Test
    void moreThanAYearOfBlackoutDatesIsRefused() {
        List<String> dates = new ArrayList<>();
        for (int day = 0; day <= ClosedDates.MAX_BLACKOUT_DATES; day++) {
            dates.add(LocalDate.parse("2027-01-01").plusDays(day).toString());
        }

        assertThat(validate(input(dates, null))).isEmpty();

        assertThat(reported()).extracting(FieldError::field).containsExactly("call_time_window.blackout_dates");
        assertThat(reported().get(0).reason()).isEqualTo("must contain at most 366 dates, got 367");
    }

    @Test
    void anUnknownRegionNamesTheKnownOnes() {
        assertThat(validate(input(null, "JP"))).isEmpty();

        FieldError error = reported().get(0);
        assertThat(error.field()).isEqualTo("call_time_window.skip_holidays");
        assertThat(error.reason()).isEqualTo("must be one of KR, got \"JP\"");
        assertThat(error.allowedValues()).containsExactly("KR");
    }

    @Test
    void withoutCalendarsNoRegionIsValid() {
        assertThat(CallingHours.validated(input(null, "KR"), PATH, errors)).isEmpty();

        assertThat(reported()).extracting(FieldError::reason)
                .containsExactly("names no holiday calendar this service knows, got \"KR\"");
    }

    private Optional<CallingHours> validate(CallTimeWindowInput input) {
        return CallingHours.validated(input, PATH, CALENDARS, errors);
    }

    private static CallTimeWindowInput input(List<String> blackout, String region) {
        return new CallTimeWindowInput(List.of(DAYTIME), "Asia/Seoul", true, blackout, region);
    }

    private static CallingHours seoul(ClosedDates closed, WeeklyWindow... windows) {
        return new CallingHours(List.of(windows), CallingHours.DEFAULT_ZONE, true, closed);
    }

    private static TreeSet<LocalDate> dates(String... isoDates) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String date : isoDates) {
            dates.add(LocalDate.parse(date));
        }
        return dates;
    }

    /** The collected errors, read through the 400 they would produce. */
    @SuppressWarnings("unchecked")
    private List<FieldError> reported() {
        ApiException e = catchThrowableOfType(ApiException.class, errors::throwIfAny);
        return e == null ? List.of() : (List<FieldError>) e.details().get("errors");
    }
}
