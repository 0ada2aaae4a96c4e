package io.voxcampaigns.campaign.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.CallTimeWindowInput;
import io.voxcampaigns.platform.schedule.Weekdays;

/** call_time_window as the API reads and shows it. */
public record CallTimeWindowBody(@JsonProperty("windows") List<Window> windows,
                                 @JsonProperty("timezone") String timezone,
                                 @JsonProperty("auto_resume") Boolean autoResume) {

    /** One element of call_time_window.windows. */
    public record Window(@JsonProperty("start_min") Integer startMin,
                         @JsonProperty("end_min") Integer endMin,
                         @JsonProperty("days") List<String> days) {
    }

    CallTimeWindowInput toInput() {
        List<CallTimeWindowInput.Window> inputs = windows == null ? null : windows.stream()
                .map(w -> w == null ? null : new CallTimeWindowInput.Window(w.startMin(), w.endMin(), w.days()))
                .toList();
        return new CallTimeWindowInput(inputs, timezone, autoResume);
    }

    /** The window this stored body describes; it was validated when it was stored. */
    CallingHours toWindow() {
        ValidationErrors errors = new ValidationErrors();
        return CallingHours.validated(toInput(), "call_time_window", errors)
                .orElseThrow(() -> new IllegalStateException("a stored call_time_window is invalid"));
    }

    static CallTimeWindowBody of(CallingHours window) {
        List<Window> windows = window.windows().stream()
                .map(w -> new Window(w.startMin(), w.endMin(), w.days().stream().map(Weekdays::name).toList()))
                .toList();
        return new CallTimeWindowBody(windows, window.zone().getId(), window.autoResume());
    }
}
