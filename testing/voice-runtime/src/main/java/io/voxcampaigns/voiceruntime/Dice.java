package io.voxcampaigns.voiceruntime;

import java.util.SplittableRandom;

/** Deterministic draws: the same seed and names (a recipient, an attempt key, a purpose) give the same sequence. */
final class Dice {

    private Dice() {
    }

    static SplittableRandom of(long seed, String... names) {
        long state = seed;
        for (String name : names) {
            // String.hashCode is fixed by the language, so a run replays the same on any JVM
            state = state * 1_000_003L + (name == null ? 0 : name.hashCode());
        }
        return new SplittableRandom(state);
    }
}
