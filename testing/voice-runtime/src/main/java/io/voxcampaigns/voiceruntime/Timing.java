package io.voxcampaigns.voiceruntime;

import java.time.Duration;
import java.util.SplittableRandom;

/** How long a call rings before it is answered or given up, and how long a connected call talks. */
public record Timing(Duration ringMin, Duration ringMax, Duration talkMin, Duration talkMax) {

    public Timing {
        requireRange("ring", ringMin, ringMax);
        requireRange("talk", talkMin, talkMax);
    }

    /** Ring and talk ranges in milliseconds. */
    public static Timing ofMillis(long ringMin, long ringMax, long talkMin, long talkMax) {
        return new Timing(Duration.ofMillis(ringMin), Duration.ofMillis(ringMax), Duration.ofMillis(talkMin),
                Duration.ofMillis(talkMax));
    }

    Duration ring(SplittableRandom dice) {
        return between(ringMin, ringMax, dice);
    }

    Duration talk(SplittableRandom dice) {
        return between(talkMin, talkMax, dice);
    }

    private static Duration between(Duration min, Duration max, SplittableRandom dice) {
        long span = max.toMillis() - min.toMillis();
        return min.plusMillis(span == 0 ? 0 : dice.nextLong(span + 1));
    }

    private static void requireRange(String what, Duration min, Duration max) {
        if (min == null || max == null || min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException(what + " range must be 0 <= min <= max, got " + min + ".." + max);
        }
    }
}
