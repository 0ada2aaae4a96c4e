package io.voxcampaigns.dispatcher.engine;

import java.util.ArrayDeque;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;

/**
 * Slot-refill latency: from a call's end reaching the engine to the start (claim committed) of the call that
 * takes its slot. Keeps one timestamp per freed slot, so memory follows calls in flight.
 */
final class RefillLatency {

    private final Timer timer;
    private final ConcurrentHashMap<UUID, ArrayDeque<Long>> freed = new ConcurrentHashMap<>();

    RefillLatency(Timer timer) {
        this.timer = timer;
    }

    /** Slots freed by calls whose ends reached the engine at these System.nanoTime() values. */
    void freed(UUID campaignId, long[] endedAtNanos) {
        freed.compute(campaignId, (id, slots) -> {
            ArrayDeque<Long> queue = slots == null ? new ArrayDeque<>() : slots;
            for (long at : endedAtNanos) {
                queue.addLast(at);
            }
            return queue;
        });
    }

    /** Calls started in freed slots, oldest freed slot first. */
    void refilled(UUID campaignId, int calls) {
        long now = System.nanoTime();
        freed.computeIfPresent(campaignId, (id, slots) -> {
            for (int i = 0; i < calls && !slots.isEmpty(); i++) {
                timer.record(now - slots.removeFirst(), TimeUnit.NANOSECONDS);
            }
            return slots.isEmpty() ? null : slots;
        });
    }

    /** The campaign stopped starting calls (no work, paused, window closed): its freed slots are not refills. */
    void forget(UUID campaignId) {
        freed.remove(campaignId);
    }
}
