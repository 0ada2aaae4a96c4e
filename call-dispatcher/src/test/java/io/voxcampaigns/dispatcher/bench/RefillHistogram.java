package io.voxcampaigns.dispatcher.bench;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;

/** The refills of one benchmark phase: the difference of two snapshots of the engine's cumulative refill histogram. */
final class RefillHistogram {

    private final CountAtBucket[] before;
    private final CountAtBucket[] after;
    private final long count;

    private RefillHistogram(HistogramSnapshot before, HistogramSnapshot after) {
        this.before = before.histogramCounts();
        this.after = after.histogramCounts();
        this.count = after.count() - before.count();
    }

    static HistogramSnapshot snapshot(Timer timer) {
        return timer.takeSnapshot();
    }

    static RefillHistogram between(HistogramSnapshot before, HistogramSnapshot after) {
        return new RefillHistogram(before, after);
    }

    long count() {
        return count;
    }

    /** The upper bound (ms) of the histogram bucket holding the percentile: accurate to the bucket width (<10%). */
    double percentileMillis(double percentile) {
        double wanted = percentile * count;
        for (int i = 0; i < after.length; i++) {
            double counted = after[i].count() - (i < before.length ? before[i].count() : 0);
            if (counted >= wanted) {
                return after[i].bucket(TimeUnit.MILLISECONDS);
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
