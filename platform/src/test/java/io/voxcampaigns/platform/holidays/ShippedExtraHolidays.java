package io.voxcampaigns.platform.holidays;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * platform's shipped table of election days and one-off holidays (META-INF/microprofile-config.properties), read as
 * plain properties: the mapping itself is bound by Quarkus when a service starts.
 */
final class ShippedExtraHolidays {

    private static final String PREFIX = "vox.holidays.kr.extra";
    private static final String DEFAULTS = "/META-INF/microprofile-config.properties";

    private ShippedExtraHolidays() {
    }

    /** The shipped entries as the mapping presents them, in index order. */
    static KoreanHolidaysConfig config() {
        Properties properties = new Properties();
        try (InputStream in = ShippedExtraHolidays.class.getResourceAsStream(DEFAULTS)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<KoreanHolidaysConfig.Extra> extras = new ArrayList<>();
        for (int i = 0; properties.containsKey(PREFIX + "[" + i + "].date"); i++) {
            extras.add(extra(LocalDate.parse(properties.getProperty(PREFIX + "[" + i + "].date")),
                    properties.getProperty(PREFIX + "[" + i + "].name")));
        }
        return () -> List.copyOf(extras);
    }

    /** The calendar the producer builds from the shipped table. */
    static KoreanHolidays calendar() {
        return new KoreanHolidaysProducer().koreanHolidays(config());
    }

    static KoreanHolidaysConfig.Extra extra(LocalDate date, String name) {
        return new KoreanHolidaysConfig.Extra() {
            @Override
            public LocalDate date() {
                return date;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    static List<String> describe(List<PublicHoliday> holidays) {
        return holidays.stream().map(h -> h.date() + " " + h.name()).toList();
    }
}
