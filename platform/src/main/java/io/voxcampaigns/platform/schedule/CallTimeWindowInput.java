package io.voxcampaigns.platform.schedule;

import java.util.List;

/**
 * A call_time_window exactly as a client sent it, nulls included, before validation.
 *
 * @param blackoutDates ISO dates (YYYY-MM-DD) of the window's zone on which no call starts
 * @param skipHolidays  the region whose public holidays no call starts on, e.g. {@code KR}
 */
public record CallTimeWindowInput(List<Window> windows, String timezone, Boolean autoResume,
                                  List<String> blackoutDates, String skipHolidays) {

    /** A window without blackout dates or holidays. */
    public CallTimeWindowInput(List<Window> windows, String timezone, Boolean autoResume) {
        this(windows, timezone, autoResume, null, null);
    }

    /** One element of call_time_window.windows as sent. */
    public record Window(Integer startMin, Integer endMin, List<String> days) {
    }
}
