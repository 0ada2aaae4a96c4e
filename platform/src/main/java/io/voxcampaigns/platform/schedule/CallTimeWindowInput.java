package io.voxcampaigns.platform.schedule;

import java.util.List;

/** A call_time_window exactly as a client sent it, nulls included, before validation. */
public record CallTimeWindowInput(List<Window> windows, String timezone, Boolean autoResume) {

    /** One element of call_time_window.windows as sent. */
    public record Window(Integer startMin, Integer endMin, List<String> days) {
    }
}
