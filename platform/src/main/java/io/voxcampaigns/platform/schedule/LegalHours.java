package io.voxcampaigns.platform.schedule;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The hours of the day, in a zone, outside which the law lets no call of some purpose start, whatever the campaign's
 * windows say (a campaign's {@link CallPurpose}).
 *
 * @param zone     the zone whose wall clock the law speaks of
 * @param startMin the first minute after local midnight a call may start, 0-1439
 * @param endMin   the minute from which none may start, after startMin, at most 1440
 */
public record LegalHours(ZoneId zone, int startMin, int endMin) {

    /**
     * Korea, 08:00-21:00: no advertising call (정보통신망법 article 50(3): without a separate consent), financial-product
     * sale (금융소비자보호법) or debt collection (채권추심법 article 9) between 21:00 and 08:00.
     */
    public static final LegalHours KOREA = new LegalHours(ZoneId.of("Asia/Seoul"), 480, 1260);

    public LegalHours {
        Objects.requireNonNull(zone, "zone");
        if (startMin < 0 || startMin >= endMin || endMin > WeeklyWindow.MINUTES_PER_DAY) {
            throw new IllegalArgumentException("need 0 <= start_min < end_min <= 1440, got " + startMin + "-" + endMin);
        }
    }

    /** E.g. "08:00-21:00 Asia/Seoul". */
    public String describe() {
        return String.format("%02d:%02d-%02d:%02d %s", startMin / 60, startMin % 60, endMin / 60, endMin % 60,
                zone.getId());
    }

    /** Whether a call may start at this instant. */
    public boolean allows(Instant instant) {
        LocalTime local = LocalTime.ofInstant(instant, zone);
        int minute = local.getHour() * 60 + local.getMinute();
        return minute >= startMin && minute < endMin;
    }
}
