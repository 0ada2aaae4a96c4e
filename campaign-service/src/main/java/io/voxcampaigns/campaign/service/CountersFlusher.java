package io.voxcampaigns.campaign.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.voxcampaigns.campaign.config.CountersConfig;
import io.voxcampaigns.campaign.events.CampaignStatusEvents;
import io.voxcampaigns.campaign.persistence.DirtyCounters;
import io.voxcampaigns.campaign.persistence.DirtyCounters.Due;
import io.voxcampaigns.platform.outbox.OutboxWriter;

/**
 * Publishes CampaignCountersChanged for campaigns whose counters changed, at most once per campaign per
 * {@link CountersConfig#minInterval()}, however many calls end. The dirty mark is set in the transaction that changes
 * the counters and cleared in the one that writes the event with the counters read under the row lock, so every
 * change is published eventually and none is lost between the two. A Vert.x timer drives it because the Quarkus
 * scheduler does not tick faster than once a second.
 */
@ApplicationScoped
public class CountersFlusher {

    private static final Logger LOG = Logger.getLogger(CountersFlusher.class);

    private final DirtyCounters dirty;
    private final OutboxWriter outbox;
    private final CountersConfig config;
    private final Vertx vertx;
    private final Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopped;
    private long timer = -1;

    CountersFlusher(DirtyCounters dirty, OutboxWriter outbox, CountersConfig config, Vertx vertx, Clock clock) {
        this.dirty = dirty;
        this.outbox = outbox;
        this.config = config;
        this.vertx = vertx;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.flushEvery().toMillis(), id -> tick());
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void tick() {
        if (stopped || !running.compareAndSet(false, true)) {
            return;
        }
        // Hibernate Reactive needs a safe duplicated context, as a request or a consumed record has.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> flush().subscribe().with(done -> running.set(false), failure -> {
            LOG.debugf("Counter flush failed, retrying on the next tick: %s", failure.getMessage());
            running.set(false);
        }));
    }

    Uni<Void> flush() {
        return Panache.withTransaction(() -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            return dirty.lockDue(now.minus(config.minInterval()), config.flushBatch())
                    .chain(due -> due.isEmpty() ? Uni.createFrom().voidItem() : publish(due, now));
        });
    }

    private Uni<Void> publish(List<Due> due, Instant now) {
        return outbox.appendAll(due.stream()
                        .map(d -> CampaignStatusEvents.countersChanged(d.campaignId(), d.organizationId(), d.total(),
                                d.completed(), d.failed(), d.active(), now))
                        .toList())
                .chain(() -> dirty.markPublished(due.stream().map(Due::campaignId).toList(), now));
    }
}
