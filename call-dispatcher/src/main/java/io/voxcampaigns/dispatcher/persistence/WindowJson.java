package io.voxcampaigns.dispatcher.persistence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.voxcampaigns.events.common.TimeWindow;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.ClosedDates;
import io.voxcampaigns.platform.schedule.HolidayCalendars;
import io.voxcampaigns.platform.schedule.WeeklyWindow;
import io.voxcampaigns.platform.schedule.Weekdays;

/**
 * The calling-hours columns of dispatch_campaign: call_windows (the weekly windows as JSON), timezone, auto_resume,
 * blackout_dates (ISO dates as JSON) and skip_holidays, read back as the platform's {@link CallingHours}.
 */
public final class WindowJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Stored>> LIST = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> DATES = new TypeReference<>() {
    };

    private WindowJson() {
    }

    /** One stored window, with the API's field names. */
    record Stored(@JsonProperty("start_min") int startMin, @JsonProperty("end_min") int endMin,
                  @JsonProperty("days") List<String> days) {
    }

    /** The JSON of an event's windows. */
    public static String of(List<TimeWindow> windows) {
        List<Stored> stored = windows.stream()
                .map(w -> new Stored(w.getStartMin(), w.getEndMin(), w.getDays().stream().map(Enum::name).toList()))
                .toList();
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("windows always serialise", e);
        }
    }

    /** The JSON of blackout dates. */
    public static String dates(List<LocalDate> dates) {
        try {
            return JSON.writeValueAsString(dates.stream().map(LocalDate::toString).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dates always serialise", e);
        }
    }

    /**
     * The calling hours stored in a row's columns, skip_holidays looked up in {@code calendars}.
     *
     * @throws IllegalArgumentException when the row names a holiday region {@code calendars} lacks
     */
    public static CallingHours window(String json, String timezone, boolean autoResume, String blackoutDates,
                                      String skipHolidays, HolidayCalendars calendars) {
        try {
            List<WeeklyWindow> windows = JSON.readValue(json, LIST).stream()
                    .map(w -> new WeeklyWindow(w.startMin(), w.endMin(), Weekdays.parseAll(w.days())))
                    .toList();
            List<LocalDate> blackout = JSON.readValue(blackoutDates, DATES).stream().map(LocalDate::parse).toList();
            return new CallingHours(windows, ZoneId.of(timezone), autoResume,
                    ClosedDates.of(blackout, skipHolidays, calendars));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored call_windows or blackout_dates is not JSON: " + json + ", "
                    + blackoutDates, e);
        }
    }
}
