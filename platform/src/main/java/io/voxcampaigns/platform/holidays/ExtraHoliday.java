package io.voxcampaigns.platform.holidays;

import java.time.LocalDate;
import java.util.Objects;

/** A public holiday outside the statutory calendar: an election day or a one-off (temporary) holiday. */
public record ExtraHoliday(LocalDate date, String name) {

    public ExtraHoliday {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the extra holiday on " + date + " has no name");
        }
    }
}
