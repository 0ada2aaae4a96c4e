package io.voxcampaigns.campaign.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.platform.schedule.CallTimeWindowInput;

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
}
