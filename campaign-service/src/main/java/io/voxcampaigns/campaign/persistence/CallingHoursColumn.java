package io.voxcampaigns.campaign.persistence;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.schedule.CallTimeWindowInput;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.HolidayCalendars;
import io.voxcampaigns.platform.schedule.Weekdays;

/**
 * The campaign's call_time_window column: the window as JSON, in the shape the API shows (windows with start_min,
 * end_min and days; timezone; auto_resume; blackout_dates; skip_holidays), or null when the client set no window.
 * Rows written before blackout_dates and skip_holidays existed lack them: no closed dates. The default window applies to a
 * null column: {@link #read(String)} is the one place that says so.
 */
@ApplicationScoped
public class CallingHoursColumn {

    private final ObjectMapper json;
    private final HolidayCalendars calendars;

    CallingHoursColumn(ObjectMapper json, HolidayCalendars calendars) {
        this.json = json;
        this.calendars = calendars;
    }

    /** The column's JSON text for a window; null (none set) for null. */
    public String write(CallingHours window) {
        if (window == null) {
            return null;
        }
        List<Stored.Window> windows = window.windows().stream()
                .map(w -> new Stored.Window(w.startMin(), w.endMin(), w.days().stream().map(Weekdays::name).toList()))
                .toList();
        try {
            List<String> blackout = window.closed().blackout().stream().map(LocalDate::toString).toList();
            return json.writeValueAsString(new Stored(windows, window.zone().getId(), window.autoResume(), blackout,
                    window.closed().holidayRegion()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a call time window always serialises", e);
        }
    }

    /**
     * The window in effect for a column: the one it holds (validated when it was stored), or the default window
     * (08:00-20:00 every day, Asia/Seoul) when none was set.
     */
    public CallingHours read(String column) {
        if (column == null) {
            return CallingHours.defaults();
        }
        Stored stored;
        try {
            stored = json.readValue(column, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
        CallTimeWindowInput input = new CallTimeWindowInput(stored.windows().stream()
                .map(w -> new CallTimeWindowInput.Window(w.startMin(), w.endMin(), w.days())).toList(),
                stored.timezone(), stored.autoResume(), stored.blackoutDates(), stored.skipHolidays());
        return CallingHours.validated(input, "call_time_window", calendars, new ValidationErrors())
                .orElseThrow(() -> new IllegalStateException("a stored call_time_window is invalid"));
    }

    /**
     * The hours the campaign's calls may start in: its window in effect ({@link #read(String)}) within the legal
     * hours of its purpose. The events carry the window and the purpose apart; the dispatcher combines them the same
     * way.
     */
    public CallingHours effective(Campaign campaign) {
        return read(campaign.callTimeWindow).forPurpose(campaign.purpose);
    }

    record Stored(@JsonProperty("windows") List<Window> windows,
                  @JsonProperty("timezone") String timezone,
                  @JsonProperty("auto_resume") Boolean autoResume,
                  @JsonProperty("blackout_dates") List<String> blackoutDates,
                  @JsonProperty("skip_holidays") String skipHolidays) {

        record Window(@JsonProperty("start_min") Integer startMin,
                      @JsonProperty("end_min") Integer endMin,
                      @JsonProperty("days") List<String> days) {
        }
    }
}
