package io.voxcampaigns.dispatcher.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * Calls started and ended (by status and disconnection reason, both closed enums: bounded series), the duration
 * of dispatch rounds and the slot-refill latency, for /q/metrics (and the benchmark).
 */
@ApplicationScoped
public class EngineMetrics {

    static final String NO_REASON = "none";

    private final MeterRegistry registry;
    private final Counter started;
    private final Timer refill;

    EngineMetrics(MeterRegistry registry) {
        this.registry = registry;
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

    /**
     * One placement request answered: {@code accepted}, {@code refused}, {@code uncertain} or {@code rejected} (a
     * closed set: bounded series). A rising share of refused or uncertain answers is the voice runtime in trouble.
     */
    void answered(PlacementAnswer answer) {
        String kind = answer.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        Counter.builder("vox.dispatcher.placement.answers")
                .description("Placement requests answered by the voice runtime, by kind of answer")
                .tag("answer", kind).register(registry).increment();
    }

    void ended(CallStatus status, DisconnectionReason reason) {
        Counter.builder("vox.dispatcher.calls.ended").description("Calls ended, by status and disconnection reason")
                .tag("status", status.name()).tag("reason", reason == null ? NO_REASON : reason.name())
                .register(registry).increment();
    }

    /** One dispatch round (lock, record ends, decide, act, commit), tagged by the decision taken. */
    void round(long nanos, String decision) {
        Timer.builder("vox.dispatcher.round").description("Duration of a dispatch round: lock, record call ends, "
                        + "decide, claim and write events, commit")
                .tag("decision", decision).publishPercentiles(0.5, 0.99)
                .distributionStatisticExpiry(Duration.ofMinutes(10)).distributionStatisticBufferLength(1)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The slot-refill latency of every engine of this application (the benchmark reads it). */
    public Timer refill() {
        return refill;
    }
}
