package io.voxcampaigns.platform.schedule;

/** The rule of a campaign's max_calls_per_second, for the API that takes it and the dispatcher that reads it. */
public final class CallRate {

    /** The highest rate a campaign may ask for, calls per second. */
    public static final int MAX_PER_SECOND = 100;

    private CallRate() {
    }

    /** Whether {@code perSecond} is a rate a campaign may have: null (no limit), or above 0 and at most the maximum. */
    public static boolean allowed(Double perSecond) {
        return perSecond == null || perSecond > 0 && perSecond <= MAX_PER_SECOND;
    }
}
