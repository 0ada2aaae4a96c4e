package io.voxcampaigns.platform.holidays;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.voxcampaigns.platform.schedule.HolidayCalendars;

/**
 * The Korean holiday calendar with the configured election days and one-off holidays, and the calendars
 * call_time_window.skip_holidays may name.
 */
public class KoreanHolidaysProducer {

    @Produces
    @Singleton
    KoreanHolidays koreanHolidays(KoreanHolidaysConfig config) {
        return new KoreanHolidays(config.extra().stream()
                .map(extra -> new ExtraHoliday(extra.date(), extra.name()))
                .toList());
    }

    @Produces
    @Singleton
    HolidayCalendars holidayCalendars(KoreanHolidays korean) {
        return new HolidayCalendars(List.of(korean));
    }
}
