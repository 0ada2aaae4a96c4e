package io.voxcampaigns.platform.holidays;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The Korean holiday calendar with the configured election days and one-off holidays. */
public class KoreanHolidaysProducer {

    @Produces
    @Singleton
    KoreanHolidays koreanHolidays(KoreanHolidaysConfig config) {
        return new KoreanHolidays(config.extra().stream()
                .map(extra -> new ExtraHoliday(extra.date(), extra.name()))
                .toList());
    }
}
