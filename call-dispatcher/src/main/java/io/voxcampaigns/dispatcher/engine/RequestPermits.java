package io.voxcampaigns.dispatcher.engine;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Bounds the placement requests one engine has in flight, so no request waits in the HTTP client's queue after the
 * gate let it go (a request that waited there could leave after a pause or a window's end). Campaigns that wanted
 * more than they got are woken when requests finish.
 */
final class RequestPermits {

    private final int limit;
    private final AtomicInteger available;
    private final Set<UUID> waiting = ConcurrentHashMap.newKeySet();
    private final Consumer<UUID> wake;

    RequestPermits(int limit, Consumer<UUID> wake) {
        this.limit = limit;
        this.available = new AtomicInteger(limit);
        this.wake = wake;
    }

    /** Takes up to {@code wanted} permits; answers how many it took (0 when none are free). */
    int take(int wanted) {
        if (limit == Integer.MAX_VALUE) {
            return wanted;
        }
        while (true) {
            int free = available.get();
            int taken = Math.min(free, wanted);
            if (taken <= 0 || available.compareAndSet(free, free - taken)) {
                return Math.max(taken, 0);
            }
        }
    }

    /** Gives {@code count} permits back and wakes the campaigns waiting for one. */
    void give(int count) {
        if (count <= 0 || limit == Integer.MAX_VALUE) {
            return;
        }
        available.addAndGet(count);
        for (UUID campaign : waiting) {
            if (waiting.remove(campaign)) {
                wake.accept(campaign);
            }
        }
    }

    /** The campaign would have sent more: wake it when permits come back. */
    void await(UUID campaignId) {
        waiting.add(campaignId);
        if (limit != Integer.MAX_VALUE && available.get() > 0 && waiting.remove(campaignId)) {
            wake.accept(campaignId);
        }
    }
}
