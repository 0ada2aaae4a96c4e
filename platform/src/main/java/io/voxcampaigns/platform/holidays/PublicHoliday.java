package io.voxcampaigns.platform.holidays;

import java.time.LocalDate;
import java.util.List;

/**
 * One day off in Korea: its date and every reason it is one (two when holidays coincide, e.g. 2025-05-05 is both
 * Children's Day and Buddha's Birthday); {@code substitute} when it is a substitute holiday (대체공휴일).
 */
public record PublicHoliday(LocalDate date, List<String> names, boolean substitute) {

    public PublicHoliday {
        names = List.copyOf(names);
    }

    /** The names joined for display: "Children's Day / Buddha's Birthday". */
    public String name() {
        return String.join(" / ", names);
    }
}
