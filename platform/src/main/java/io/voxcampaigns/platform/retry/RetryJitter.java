package io.voxcampaigns.platform.retry;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The jitter of a retry, drawn from the task id and the attempt number only, so every replica (and every re-run
 * after a crash) computes the same retry instant for the same attempt.
 */
public final class RetryJitter {

    private RetryJitter() {
    }

    /** A number in [0, 1), the same for the same task and attempt. */
    public static double unit(UUID taskId, int attempt) {
        long seed = taskId.getMostSignificantBits() * 31 + taskId.getLeastSignificantBits();
        return new SplittableRandom(seed ^ ((long) attempt << 32 | attempt)).nextDouble();
    }
}
