package io.voxcampaigns.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** A consumer's retry series as /q/metrics serves them. */
final class ConsumerMetrics {

    private final MeterRegistry registry;
    private final String consumer;

    ConsumerMetrics(MeterRegistry registry, String consumer) {
        this.registry = registry;
        this.consumer = consumer;
    }

    /** vox.consumer.retrying.seconds (0 when the series does not exist yet). */
    double retryingSeconds() {
        Gauge gauge = registry.find("vox.consumer.retrying.seconds").tag("consumer", consumer).gauge();
        return gauge == null ? 0 : gauge.value();
    }

    /** vox.consumer.transient.failures (0 when the series does not exist yet). */
    double transientFailures() {
        Counter counter = registry.find("vox.consumer.transient.failures").tag("consumer", consumer).counter();
        return counter == null ? 0 : counter.count();
    }
}
