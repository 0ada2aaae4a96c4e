package io.voxcampaigns.campaign.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.platform.schedule.CallTimeWindowInput;
import io.voxcampaigns.platform.holidays.KoreanHolidays;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.ClosedDates;
import io.voxcampaigns.platform.schedule.WeeklyWindow;

/** call_time_window as the API reads and shows it; the schema keywords state the rules of CallingHours. */
@Schema(name = "CallTimeWindow")
public record CallTimeWindowBody(
        @JsonProperty("windows")
        @Schema(required = true, minItems = 1, maxItems = CallingHours.MAX_WINDOWS)
        List<Window> windows,
        @JsonProperty("timezone")
        @Schema(nullable = true, defaultValue = "Asia/Seoul", description = "an IANA time zone id")
        String timezone,
        @JsonProperty("auto_resume")
        @Schema(nullable = true, defaultValue = "true",
                description = "whether a pause for being outside every window ends by itself when one opens")
        Boolean autoResume,
        @JsonProperty("blackout_dates")
        @Schema(nullable = true, type = SchemaType.ARRAY, implementation = IsoDate.class,
                maxItems = ClosedDates.MAX_BLACKOUT_DATES, uniqueItems = true,
                description = "dates (YYYY-MM-DD, in timezone) on which no call starts, whatever the windows say")
        List<String> blackoutDates,
        @JsonProperty("skip_holidays")
        @Schema(nullable = true, enumeration = KoreanHolidays.REGION,
                description = "a region whose public holidays no call starts on: KR (Korea, with the lunar holidays, "
                        + "substitute holidays and the deployment's table of election and one-off holidays)")
        String skipHolidays) {

    /** The window as shown: blackout_dates always a list (empty for a window stored before they existed). */
    CallTimeWindowBody shown() {
        return blackoutDates != null ? this
                : new CallTimeWindowBody(windows, timezone, autoResume, List.of(), skipHolidays);
    }

    /** One element of call_time_window.windows: minutes after local midnight, end after start. */
    @Schema(name = "CallTimeWindowWindow")
    public record Window(
            @JsonProperty("start_min")
            @Schema(required = true, minimum = "0", maximum = "" + (WeeklyWindow.MINUTES_PER_DAY - 1))
            Integer startMin,
            @JsonProperty("end_min")
            @Schema(required = true, minimum = "1", maximum = "" + WeeklyWindow.MINUTES_PER_DAY,
                    description = "greater than start_min; 1440 is the next midnight")
            Integer endMin,
            @JsonProperty("days")
            @Schema(required = true, type = SchemaType.ARRAY, implementation = DayName.class, minItems = 1,
                    maxItems = 7, uniqueItems = true)
            List<String> days) {
    }

    /** The day names days may hold, for the schema only (the rule is Weekdays.parse). */
    @Schema(name = "DayName")
    enum DayName {
        Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday
    }

    /** The items of blackout_dates, for the schema only (the rule is ClosedDatesValidation's). */
    @Schema(name = "IsoDate", type = SchemaType.STRING, format = "date")
    static final class IsoDate {
        private IsoDate() {
        }
    }

    CallTimeWindowInput toInput() {
        List<CallTimeWindowInput.Window> inputs = windows == null ? null : windows.stream()
                .map(w -> w == null ? null : new CallTimeWindowInput.Window(w.startMin(), w.endMin(), w.days()))
                .toList();
        return new CallTimeWindowInput(inputs, timezone, autoResume, blackoutDates, skipHolidays);
    }
}
