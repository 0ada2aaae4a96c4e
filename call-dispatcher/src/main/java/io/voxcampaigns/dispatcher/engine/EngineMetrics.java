package io.voxcampaigns.dispatcher.engine;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.voxcampaigns.events.common.CallStatus;

/** Calls started and ended, and the slot-refill latency, for /q/metrics (and the benchmark). */
@ApplicationScoped
public class EngineMetrics {

    private final Counter started;
    private final Map<CallStatus, Counter> ended = new EnumMap<>(CallStatus.class);
    private final Timer refill;

    EngineMetrics(MeterRegistry registry) {
        for (CallStatus status : CallStatus.values()) {
            ended.put(status, Counter.builder("vox.dispatcher.calls.ended").tag("status", status.name())
                    .description("Calls ended, by status").register(registry));
        }
        started = Counter.builder("vox.dispatcher.calls.started").description("Calls claimed and placed")
                .register(registry);
        refill = Timer.builder("vox.dispatcher.slot.refill")
                .description("From a call's end reaching the engine to the start of the call taking its slot")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                .distributionStatisticExpiry(Duration.ofMinutes(10)).distributionStatisticBufferLength(1)
                .register(registry);
    }

    void started(int calls) {
        started.increment(calls);
    }

    void ended(CallStatus status) {
        ended.get(status).increment();
    }

    /** The slot-refill latency of every engine of this application (the benchmark reads it). */
    public Timer refill() {
        return refill;
    }
}
