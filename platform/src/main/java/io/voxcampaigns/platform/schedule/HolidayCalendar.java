package io.voxcampaigns.platform.schedule;

import java.time.LocalDate;

/** A region's public holidays, which a campaign may ask to skip (call_time_window.skip_holidays). */
public interface HolidayCalendar {

    /** The code a client names the calendar by, e.g. {@code KR}. */
    String region();

    /** Whether {@code date} is a public holiday of the region. */
    boolean isHoliday(LocalDate date);
}
