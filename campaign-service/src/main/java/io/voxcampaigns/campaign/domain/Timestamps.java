package io.voxcampaigns.campaign.domain;

import java.time.Instant;

/** The API's timestamp inputs: unix milliseconds, where a 10-11 digit value is unix seconds (multiplied by 1000). */
public final class Timestamps {

    private static final long SMALLEST_SECONDS = 1_000_000_000L;
    private static final long SMALLEST_MILLIS = 100_000_000_000L;
    private static final long LARGEST_MILLIS = 253_402_300_799_999L;

    private Timestamps() {
    }

    /** The instant a client meant, or null when the value is no plausible unix timestamp (before 2001, after 9999). */
    public static Instant fromApi(long value) {
        if (value >= SMALLEST_SECONDS && value < SMALLEST_MILLIS) {
            return Instant.ofEpochSecond(value);
        }
        if (value >= SMALLEST_MILLIS && value <= LARGEST_MILLIS) {
            return Instant.ofEpochMilli(value);
        }
        return null;
    }
}
