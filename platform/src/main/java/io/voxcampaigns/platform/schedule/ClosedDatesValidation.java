package io.voxcampaigns.platform.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import io.voxcampaigns.platform.error.ValidationErrors;

/** The API rules of call_time_window.blackout_dates and call_time_window.skip_holidays. */
final class ClosedDatesValidation {

    private ClosedDatesValidation() {
    }

    /** The closed dates the input asks for, or empty after adding every problem to {@code errors}. */
    static Optional<ClosedDates> validate(CallTimeWindowInput input, String path, HolidayCalendars calendars,
            ValidationErrors errors) {
        int before = errors.size();
        SortedSet<LocalDate> blackout = blackout(input.blackoutDates(), path + ".blackout_dates", errors);
        HolidayCalendar holidays = holidays(input.skipHolidays(), path + ".skip_holidays", calendars, errors);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(blackout.isEmpty() && holidays == null ? ClosedDates.none()
                : new ClosedDates(blackout, holidays));
    }

    private static SortedSet<LocalDate> blackout(List<String> dates, String path, ValidationErrors errors) {
        SortedSet<LocalDate> parsed = new TreeSet<>();
        if (dates == null) {
            return parsed;
        }
        if (dates.size() > ClosedDates.MAX_BLACKOUT_DATES) {
            errors.add(path, "must contain at most " + ClosedDates.MAX_BLACKOUT_DATES + " dates, got " + dates.size());
            return parsed;
        }
        for (int i = 0; i < dates.size(); i++) {
            String date = dates.get(i);
            String at = path + "[" + i + "]";
            if (date == null) {
                errors.add(at, "must be a date YYYY-MM-DD, got null");
                continue;
            }
            try {
                if (!parsed.add(LocalDate.parse(date))) {
                    errors.add(path, "must not repeat " + date);
                }
            } catch (DateTimeParseException e) {
                errors.add(at, "must be a date YYYY-MM-DD, got " + ValidationErrors.quoted(date));
            }
        }
        return parsed;
    }

    private static HolidayCalendar holidays(String region, String path, HolidayCalendars calendars,
            ValidationErrors errors) {
        if (region == null) {
            return null;
        }
        Optional<HolidayCalendar> calendar = calendars.of(region);
        if (calendar.isEmpty() && calendars.regions().isEmpty()) {
            errors.add(path, "names no holiday calendar this service knows, got " + ValidationErrors.quoted(region));
            return null;
        }
        if (calendar.isEmpty()) {
            errors.addNotOneOf(path, calendars.regions(), ValidationErrors.quoted(region));
            return null;
        }
        return calendar.get();
    }
}
