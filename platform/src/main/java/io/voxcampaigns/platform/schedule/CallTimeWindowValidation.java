package io.voxcampaigns.platform.schedule;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.voxcampaigns.platform.error.ValidationErrors;

/** The API rules of call_time_window, reported per field so one 400 names every problem. */
final class CallTimeWindowValidation {

    private static final List<String> DAY_NAMES =
            List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private CallTimeWindowValidation() {
    }

    static Optional<CallingHours> validate(CallTimeWindowInput input, String path, HolidayCalendars calendars,
            ValidationErrors errors) {
        if (input == null) {
            return Optional.of(CallingHours.defaults());
        }
        int before = errors.size();
        List<WeeklyWindow> windows = windows(input.windows(), path + ".windows", errors);
        ZoneId zone = zone(input.timezone(), path + ".timezone", errors);
        Optional<ClosedDates> closed = ClosedDatesValidation.validate(input, path, calendars, errors);
        if (errors.size() > before) {
            return Optional.empty();
        }
        boolean autoResume = input.autoResume() == null || input.autoResume();
        return Optional.of(new CallingHours(windows, zone, autoResume, closed.orElseThrow()));
    }

    private static List<WeeklyWindow> windows(List<CallTimeWindowInput.Window> inputs, String path,
            ValidationErrors errors) {
        // An empty list would be a campaign that may never call, which is surely a mistake.
        if (inputs == null) {
            errors.add(path, "is required");
            return List.of();
        }
        if (inputs.isEmpty() || inputs.size() > CallingHours.MAX_WINDOWS) {
            errors.add(path, "must contain 1 to " + CallingHours.MAX_WINDOWS + " windows, got " + inputs.size());
            return List.of();
        }
        List<WeeklyWindow> windows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            window(inputs.get(i), path + "[" + i + "]", errors).ifPresent(windows::add);
        }
        return windows;
    }

    private static Optional<WeeklyWindow> window(CallTimeWindowInput.Window input, String path,
            ValidationErrors errors) {
        if (input == null) {
            errors.add(path, "must be an object with start_min, end_min and days");
            return Optional.empty();
        }
        int before = errors.size();
        Integer start = input.startMin();
        Integer end = input.endMin();
        if (start == null) {
            errors.add(path + ".start_min", "is required");
        } else if (start < 0 || start >= WeeklyWindow.MINUTES_PER_DAY) {
            errors.add(path + ".start_min", "must be between 0 and 1439 (minutes after local midnight), got " + start);
        }
        if (end == null) {
            errors.add(path + ".end_min", "is required");
        } else if (end < 1 || end > WeeklyWindow.MINUTES_PER_DAY) {
            errors.add(path + ".end_min", "must be between 1 and 1440 (1440 is the next midnight), got " + end);
        } else if (start != null && start >= 0 && start < WeeklyWindow.MINUTES_PER_DAY && end <= start) {
            errors.add(path + ".end_min", "must be greater than start_min (" + start + "), got " + end);
        }
        Set<DayOfWeek> days = days(input.days(), path + ".days", errors);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new WeeklyWindow(start, end, days));
    }

    private static Set<DayOfWeek> days(List<String> names, String path, ValidationErrors errors) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (names == null) {
            errors.add(path, "is required");
            return days;
        }
        if (names.isEmpty()) {
            errors.add(path, "must name at least one day");
            return days;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Optional<DayOfWeek> day = Weekdays.parse(name);
            if (day.isEmpty()) {
                errors.addNotOneOf(path + "[" + i + "]", DAY_NAMES, ValidationErrors.quoted(name));
            } else if (!days.add(day.get())) {
                errors.add(path, "must not repeat " + name);
            }
        }
        return days;
    }

    private static ZoneId zone(String name, String path, ValidationErrors errors) {
        if (name == null) {
            return CallingHours.DEFAULT_ZONE;
        }
        // Only region ids from the tz database; ZoneId.of would also take offsets such as "+09:00", which do not
        // follow daylight saving time and are not IANA names.
        if (!ZoneId.getAvailableZoneIds().contains(name)) {
            errors.add(path, "must be an IANA time zone such as Asia/Seoul, got " + ValidationErrors.quoted(name));
            return null;
        }
        return ZoneId.of(name);
    }
}
