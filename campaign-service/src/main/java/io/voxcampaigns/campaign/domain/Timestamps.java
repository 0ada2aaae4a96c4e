package io.voxcampaigns.campaign.domain;

import java.time.Instant;

/** The API's timestamp inputs: unix milliseconds, where a 10-11 digit value is unix seconds (multiplied by 1000). */
public final class Timestamps {

    /** The smallest accepted input (unix seconds of 2001-09-09); also the OpenAPI minimum of timestamp fields. */
    public static final long SMALLEST_SECONDS = 1_000_000_000L;
    private static final long SMALLEST_MILLIS = 100_000_000_000L;
    /** The largest accepted input (the last millisecond of 9999); also the OpenAPI maximum. */
    public static final long LARGEST_MILLIS = 253_402_300_799_999L;

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

    /** Why a timestamp input cannot be a moment after {@code now}, or null when it is one; null input passes. */
    public static String futureProblem(Long value, Instant now) {
        if (value == null) {
            return null;
        }
        Instant at = fromApi(value);
        if (at == null) {
            return "must be unix milliseconds (10-11 digit values are read as seconds), got " + value;
        }
        return at.isAfter(now) ? null : "must lie in the future, got " + value;
    }
}
