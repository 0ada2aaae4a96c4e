package io.voxcampaigns.dispatcher.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.vertx.mutiny.core.Vertx;

/** At most one pending wake-up per campaign (schedule reached, window opening or closing, agent grace over). */
final class CampaignTimers {

    private final Vertx vertx;
    private final Clock clock;
    private final Consumer<UUID> wake;
    private final ConcurrentHashMap<UUID, Long> timers = new ConcurrentHashMap<>();

    CampaignTimers(Vertx vertx, Clock clock, Consumer<UUID> wake) {
        this.vertx = vertx;
        this.clock = clock;
        this.wake = wake;
    }

    /** Wakes the campaign at {@code at} (replacing an earlier wake-up); null only cancels. */
    void wakeAt(UUID campaignId, Instant at) {
        Long previous = at == null ? timers.remove(campaignId) : null;
        if (at != null) {
            long delay = Math.max(1, Duration.between(clock.instant(), at).toMillis());
            long timer = vertx.setTimer(delay, id -> {
                timers.remove(campaignId, id);
                wake.accept(campaignId);
            });
            previous = timers.put(campaignId, timer);
        }
        if (previous != null) {
            vertx.cancelTimer(previous);
        }
    }

    void cancelAll() {
        timers.values().forEach(vertx::cancelTimer);
        timers.clear();
    }
}
