package io.voxcampaigns.campaign.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.schedule.CallTimeWindowInput;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.Weekdays;

/**
 * The campaign's call_time_window column: the window as JSON, in the shape the API shows (windows with start_min,
 * end_min and days; timezone; auto_resume), or null when the client set no window. The default window applies to a
 * null column: {@link #read(String)} is the one place that says so.
 */
@ApplicationScoped
public class CallingHoursColumn {

    private final ObjectMapper json;

    CallingHoursColumn(ObjectMapper json) {
        this.json = json;
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
            return json.writeValueAsString(new Stored(windows, window.zone().getId(), window.autoResume()));
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
                stored.timezone(), stored.autoResume());
        return CallingHours.validated(input, "call_time_window", new ValidationErrors())
                .orElseThrow(() -> new IllegalStateException("a stored call_time_window is invalid"));
    }

    record Stored(@JsonProperty("windows") List<Window> windows,
                  @JsonProperty("timezone") String timezone,
                  @JsonProperty("auto_resume") Boolean autoResume) {

        record Window(@JsonProperty("start_min") Integer startMin,
                      @JsonProperty("end_min") Integer endMin,
                      @JsonProperty("days") List<String> days) {
        }
    }
}
