package io.voxcampaigns.platform.schedule;

import java.time.ZoneId;
import java.util.List;

import io.voxcampaigns.events.common.CallTimeWindow;
import io.voxcampaigns.events.common.TimeWindow;
import io.voxcampaigns.events.common.Weekday;

/**
 * The event form of a campaign's calling hours ({@code CampaignSettings.call_time_window} on campaign.events) and
 * back: campaign-service writes it, the call-dispatcher reads it, one mapping for both.
 */
public final class WindowEvents {

    private WindowEvents() {
    }

    /** The event form: windows, zone, auto_resume, blackout dates (sorted) and the region of skipped holidays. */
    public static CallTimeWindow toEvent(CallingHours hours) {
        List<TimeWindow> windows = hours.windows().stream()
                .map(w -> new TimeWindow(w.startMin(), w.endMin(),
                        w.days().stream().map(day -> Weekday.valueOf(Weekdays.name(day))).toList()))
                .toList();
        return new CallTimeWindow(windows, hours.zone().getId(), hours.autoResume(),
                List.copyOf(hours.closed().blackout()), hours.closed().holidayRegion());
    }

    /**
     * The calling hours an event carries, {@code skip_holidays} looked up in {@code calendars}.
     *
     * @throws IllegalArgumentException     when it breaks a rule: no or too many windows, a bad minute, a repeated
     *                                      blackout date, a holiday region this reader does not know
     * @throws java.time.DateTimeException when the zone is not one
     */
    public static CallingHours fromEvent(CallTimeWindow event, HolidayCalendars calendars) {
        List<WeeklyWindow> windows = event.getWindows().stream()
                .map(w -> new WeeklyWindow(w.getStartMin(), w.getEndMin(),
                        Weekdays.parseAll(w.getDays().stream().map(Weekday::name).toList())))
                .toList();
        return new CallingHours(windows, ZoneId.of(event.getTimezone()), event.getAutoResume(),
                ClosedDates.of(event.getBlackoutDates(), event.getSkipHolidays(), calendars));
    }
}
