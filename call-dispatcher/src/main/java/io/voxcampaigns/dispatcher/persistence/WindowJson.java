package io.voxcampaigns.dispatcher.persistence;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.voxcampaigns.events.common.TimeWindow;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.WeeklyWindow;
import io.voxcampaigns.platform.schedule.Weekdays;

/** The call_windows column: a campaign's windows as JSON, read back as the platform's {@link CallingHours}. */
public final class WindowJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Stored>> LIST = new TypeReference<>() {
    };

    private WindowJson() {
    }

    /** One stored window, with the API's field names. */
    record Stored(@JsonProperty("start_min") int startMin, @JsonProperty("end_min") int endMin,
                  @JsonProperty("days") List<String> days) {
    }

    /** The JSON of an event's windows. */
    public static String of(List<TimeWindow> windows) {
        List<Stored> stored = windows.stream()
                .map(w -> new Stored(w.getStartMin(), w.getEndMin(), w.getDays().stream().map(Enum::name).toList()))
                .toList();
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("windows always serialise", e);
        }
    }

    public static CallingHours window(String json, String timezone, boolean autoResume) {
        try {
            List<WeeklyWindow> windows = JSON.readValue(json, LIST).stream()
                    .map(w -> new WeeklyWindow(w.startMin(), w.endMin(), days(w.days())))
                    .toList();
            return new CallingHours(windows, ZoneId.of(timezone), autoResume);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored call_windows is not JSON: " + json, e);
        }
    }

    private static Set<DayOfWeek> days(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            days.add(Weekdays.parse(name).orElseThrow(() -> new IllegalStateException("stored weekday " + name)));
        }
        return days;
    }
}
