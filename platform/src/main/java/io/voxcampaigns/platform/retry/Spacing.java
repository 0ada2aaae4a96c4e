package io.voxcampaigns.platform.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * The wait between the end of an attempt and the start of the next one.
 *
 * <p>The asked wait after attempt {@code n} (1-based) is {@code initial} for fixed spacing, {@code initial * 2^(n-1)}
 * capped at {@code max} for exponential spacing. Jitter only ever lengthens it: the wait is the asked wait times
 * {@code 1 + jitter * u} with {@code u} in [0, 1), so it lies in [asked, asked * (1 + jitter)), applied after the cap.
 *
 * @param initial the first wait, {@link #MIN_INITIAL} to {@link #MAX_INITIAL}
 * @param max     the longest asked wait (exponential), at least {@code initial}, at most {@link #MAX_MAX}; equal to
 *                {@code initial} for fixed spacing
 * @param jitter  the largest lengthening, as a fraction of the asked wait: 0 to {@link #MAX_JITTER}
 */
public record Spacing(SpacingType type, Duration initial, Duration max, double jitter) {

    public static final int MIN_INITIAL_SECONDS = 60;
    public static final int MAX_INITIAL_SECONDS = 86_400;
    public static final int MAX_MAX_SECONDS = 604_800;
    public static final Duration MIN_INITIAL = Duration.ofSeconds(MIN_INITIAL_SECONDS);
    public static final Duration MAX_INITIAL = Duration.ofSeconds(MAX_INITIAL_SECONDS);
    public static final Duration MAX_MAX = Duration.ofSeconds(MAX_MAX_SECONDS);
    public static final double MAX_JITTER = 0.5;
    /** What a policy without spacing gets: 30 minutes between attempts, no jitter. */
    public static final Duration DEFAULT_INITIAL = Duration.ofMinutes(30);
    /** The cap of exponential spacing when max_seconds is left out. */
    public static final Duration DEFAULT_EXPONENTIAL_MAX = Duration.ofDays(1);
    // 2^20 times the smallest initial wait is far past MAX_MAX: no more doublings are ever needed.
    private static final int MAX_DOUBLINGS = 20;

    public Spacing {
        Objects.requireNonNull(type, "type");
        boolean maxFitsType = type == SpacingType.exponential || max.equals(initial);
        if (initial.compareTo(MIN_INITIAL) < 0 || initial.compareTo(MAX_INITIAL) > 0 || max.compareTo(initial) < 0
                || max.compareTo(MAX_MAX) > 0 || !maxFitsType || !(jitter >= 0 && jitter <= MAX_JITTER)) {
            throw new IllegalArgumentException("invalid spacing " + type + " " + initial + ".." + max + " ~" + jitter);
        }
    }

    /** 30 minutes between attempts, no jitter. */
    public static Spacing defaults() {
        return fixed(DEFAULT_INITIAL, 0);
    }

    public static Spacing fixed(Duration wait, double jitter) {
        return new Spacing(SpacingType.fixed, wait, wait, jitter);
    }

    public static Spacing exponential(Duration initial, Duration max, double jitter) {
        return new Spacing(SpacingType.exponential, initial, max, jitter);
    }

    /** The wait asked after attempt {@code attempt} (1-based) ended, before jitter. */
    public Duration askedAfter(int attempt) {
        if (type == SpacingType.fixed) {
            return initial;
        }
        int doublings = Math.max(0, Math.min(MAX_DOUBLINGS, attempt - 1));
        Duration doubled = initial.multipliedBy(1L << doublings);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }

    /**
     * The wait after attempt {@code attempt} ended, jitter included: {@code unit} in [0, 1) picks where in
     * [asked, asked * (1 + jitter)) it lies (see {@link RetryJitter}).
     */
    public Duration waitAfter(int attempt, double unit) {
        if (!(unit >= 0 && unit < 1)) {
            throw new IllegalArgumentException("jitter unit must be in [0, 1), got " + unit);
        }
        Duration asked = askedAfter(attempt);
        long extraMillis = (long) Math.floor(asked.toMillis() * jitter * unit);
        return asked.plusMillis(extraMillis);
    }
}
