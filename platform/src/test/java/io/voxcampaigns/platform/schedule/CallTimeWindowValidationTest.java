package io.voxcampaigns.platform.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.FieldError;
import io.voxcampaigns.platform.error.ValidationErrors;

class CallTimeWindowValidationTest {

    private static final String PATH = "call_time_window";
    private static final List<String> MONDAY_ONLY = List.of("Monday");

    private final ValidationErrors errors = new ValidationErrors();

    private static CallTimeWindowInput.Window window(Integer start, Integer end, List<String> days) {
        return new CallTimeWindowInput.Window(start, end, days);
    }

    private static CallTimeWindowInput input(CallTimeWindowInput.Window... windows) {
        return new CallTimeWindowInput(Arrays.asList(windows), null, null);
    }

    private Optional<CallingHours> validate(CallTimeWindowInput input) {
        return CallingHours.validated(input, PATH, errors);
    }

    /** The collected errors, read through the 400 they would produce. */
    @SuppressWarnings("unchecked")
    private List<FieldError> reported() {
        ApiException e = catchThrowableOfType(ApiException.class, errors::throwIfAny);
        return e == null ? List.of() : (List<FieldError>) e.details().get("errors");
    }

    private List<String> reportedFields() {
        return reported().stream().map(FieldError::field).toList();
    }

    @Test
    void noWindowMeansTheDefaults() {
        assertThat(validate(null)).contains(CallingHours.defaults());
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aValidWindowKeepsEverythingSent() {
        CallTimeWindowInput input = new CallTimeWindowInput(
                List.of(window(0, 1440, List.of("Sunday", "Monday")), window(600, 700, MONDAY_ONLY)),
                "Europe/Berlin", false);
        CallingHours result = validate(input).orElseThrow();
        assertThat(result.windows()).containsExactly(TestWindows.window(0, 1440, MONDAY, SUNDAY),
                TestWindows.window(600, 700, MONDAY));
        assertThat(result.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(result.autoResume()).isFalse();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void timezoneAndAutoResumeHaveDefaults() {
        CallingHours result = validate(input(window(480, 1200, MONDAY_ONLY))).orElseThrow();
        assertThat(result.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(result.autoResume()).isTrue();
    }

    @Test
    void endBeforeOrAtStartNamesEndMin() {
        assertThat(validate(input(window(600, 600, MONDAY_ONLY)))).isEmpty();
        assertThat(reported()).containsExactly(new FieldError("call_time_window.windows[0].end_min",
                "must be greater than start_min (600), got 600"));
    }

    @Test
    void rangesAreCheckedPerField() {
        assertThat(validate(input(window(-1, 1441, MONDAY_ONLY), window(1440, 1440, MONDAY_ONLY),
                window(0, 0, MONDAY_ONLY)))).isEmpty();
        assertThat(reportedFields()).containsExactly(
                "call_time_window.windows[0].start_min", "call_time_window.windows[0].end_min",
                "call_time_window.windows[1].start_min",
                "call_time_window.windows[2].end_min");
    }

    @Test
    void theEdgesOfTheDayAreAllowed() {
        assertThat(validate(input(window(0, 1, MONDAY_ONLY), window(1439, 1440, MONDAY_ONLY)))).isPresent();
    }

    @Test
    void missingFieldsAreRequired() {
        assertThat(validate(input(window(null, null, null)))).isEmpty();
        assertThat(reportedFields()).containsExactly("call_time_window.windows[0].start_min",
                "call_time_window.windows[0].end_min", "call_time_window.windows[0].days");
        assertThat(reported()).allSatisfy(error -> assertThat(error.reason()).isEqualTo("is required"));
    }

    @Test
    void aNullWindowIsNamed() {
        assertThat(validate(input(window(0, 10, MONDAY_ONLY), null))).isEmpty();
        assertThat(reportedFields()).containsExactly("call_time_window.windows[1]");
    }

    @Test
    void daysMustNotBeEmpty() {
        assertThat(validate(input(window(0, 10, MONDAY_ONLY), window(0, 10, MONDAY_ONLY),
                window(0, 10, List.of())))).isEmpty();
        assertThat(reported()).containsExactly(
                new FieldError("call_time_window.windows[2].days", "must name at least one day"));
    }

    @Test
    void daysMustNotRepeat() {
        assertThat(validate(input(window(0, 10, List.of("Monday", "Sunday", "Monday"))))).isEmpty();
        assertThat(reported()).containsExactly(
                new FieldError("call_time_window.windows[0].days", "must not repeat Monday"));
    }

    @Test
    void unknownDayNamesAreNamedByIndex() {
        assertThat(validate(input(window(0, 10, Arrays.asList("Monday", "monday", null, "Tue"))))).isEmpty();
        assertThat(reportedFields()).containsExactly("call_time_window.windows[0].days[1]",
                "call_time_window.windows[0].days[2]", "call_time_window.windows[0].days[3]");
        assertThat(reported().get(0).reason()).isEqualTo(
                "must be one of Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, got \"monday\"");
        assertThat(reported().get(1).reason()).endsWith("got null");
    }

    @Test
    void windowsAreRequiredAndBetweenOneAndTwentyEight() {
        assertThat(validate(new CallTimeWindowInput(null, null, null))).isEmpty();
        assertThat(validate(new CallTimeWindowInput(List.of(), null, null))).isEmpty();
        List<CallTimeWindowInput.Window> many = Collections.nCopies(29, window(0, 10, MONDAY_ONLY));
        assertThat(validate(new CallTimeWindowInput(many, null, null))).isEmpty();
        assertThat(reported()).containsExactly(
                new FieldError("call_time_window.windows", "is required"),
                new FieldError("call_time_window.windows", "must contain 1 to 28 windows, got 0"),
                new FieldError("call_time_window.windows", "must contain 1 to 28 windows, got 29"));
    }

    @Test
    void twentyEightWindowsAreAllowed() {
        List<CallTimeWindowInput.Window> many = new ArrayList<>(Collections.nCopies(28, window(0, 10, MONDAY_ONLY)));
        assertThat(validate(new CallTimeWindowInput(many, null, null)).orElseThrow().windows()).hasSize(28);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Seoul", "America/New_York", "Pacific/Kiritimati", "UTC", "Etc/GMT-14"})
    void ianaZonesAreAccepted(String zone) {
        CallTimeWindowInput input = new CallTimeWindowInput(List.of(window(0, 10, MONDAY_ONLY)), zone, true);
        assertThat(validate(input).orElseThrow().zone()).isEqualTo(ZoneId.of(zone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Seoul", "asia/seoul", "+09:00", "UTC+9", "GMT+09:00", "Mars/Olympus"})
    void otherZoneNamesAreRefused(String zone) {
        CallTimeWindowInput input = new CallTimeWindowInput(List.of(window(0, 10, MONDAY_ONLY)), zone, true);
        assertThat(validate(input)).isEmpty();
        assertThat(reported()).containsExactly(new FieldError("call_time_window.timezone",
                "must be an IANA time zone such as Asia/Seoul, got \"" + zone + "\""));
    }

    @Test
    void longValuesAreEchoedShortened() {
        String longName = "Monday".repeat(100);
        assertThat(validate(input(window(0, 10, List.of(longName))))).isEmpty();
        assertThat(reported().get(0).reason()).endsWith("got \"" + longName.substring(0, 40) + "...\"");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        CallTimeWindowInput input = new CallTimeWindowInput(
                List.of(window(10, 5, MONDAY_ONLY), window(0, 10, List.of())), "Nowhere/Land", null);
        assertThat(validate(input)).isEmpty();
        assertThat(reportedFields()).containsExactly("call_time_window.windows[0].end_min",
                "call_time_window.windows[1].days", "call_time_window.timezone");
    }

    @Test
    void theCallerChoosesThePathPrefix() {
        CallingHours.validated(input(window(10, 5, MONDAY_ONLY)), "settings.window", errors);
        assertThat(reportedFields()).containsExactly("settings.window.windows[0].end_min");
    }

    @Test
    void earlierErrorsOfTheRequestDoNotFailAValidWindow() {
        errors.add("name", "is required");
        assertThat(validate(input(window(0, 10, MONDAY_ONLY)))).isPresent();
        assertThat(errors.size()).isEqualTo(1);
    }
}
