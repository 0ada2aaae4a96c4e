package io.voxcampaigns.platform.schedule;

/** The rule of a campaign's max_calls_per_second, for the API that takes it and the dispatcher that reads it. */
public final class CallRate {

    /** The highest rate a campaign may ask for, calls per second. */
    public static final int MAX_PER_SECOND = 100;
    /**
     * The lowest, one call in about 17 minutes: a smaller positive value (down to a denormal such as 4.9E-324) is no
     * rate anyone means, and a database may round it to 0.
     */
    public static final double MIN_PER_SECOND = 0.001;
    /** {@link #MIN_PER_SECOND} as the OpenAPI documents write it. */
    public static final String MIN_TEXT = "0.001";

    private CallRate() {
    }

    /** Whether {@code perSecond} is a rate a campaign may have: null (no limit), or between the bounds. */
    public static boolean allowed(Double perSecond) {
        return perSecond == null || perSecond >= MIN_PER_SECOND && perSecond <= MAX_PER_SECOND;
    }

    /** Why a rate is refused, for the error naming its field. */
    public static String rule() {
        return "must be at least " + MIN_TEXT + " and at most " + MAX_PER_SECOND;
    }
}
