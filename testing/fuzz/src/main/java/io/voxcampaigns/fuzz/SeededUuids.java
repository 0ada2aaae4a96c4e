package io.voxcampaigns.fuzz;

import java.util.Random;
import java.util.UUID;

/** UUIDs drawn from the run's seeded generator, so that a replay with the same seed sends the same ids. */
final class SeededUuids {

    private SeededUuids() {
    }

    static String next(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
