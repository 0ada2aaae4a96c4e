package io.voxcampaigns.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Outbox backlog, age of the oldest unsent event and events published, for /q/metrics. */
@ApplicationScoped
public class OutboxMetrics {

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final Counter published;
    private final Clock clock;

    OutboxMetrics(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        Gauge.builder("vox.outbox.backlog", backlog, AtomicLong::get)
                .description("Events written to the outbox and not yet acknowledged by Kafka").register(registry);
        Gauge.builder("vox.outbox.oldest.age.seconds", oldestAgeMillis, v -> v.get() / 1000.0)
                .description("Age of the oldest unsent outbox event").register(registry);
        published = Counter.builder("vox.outbox.published").description("Events relayed to Kafka").register(registry);
    }

    void published(int count) {
        published.increment(count);
    }

    void refresh(Pool pool) {
        pool.query("select count(*) as backlog, min(created_at) as oldest from outbox_event where sent_at is null")
                .execute()
                .subscribe().with(rows -> {
                    Row row = rows.iterator().next();
                    backlog.set(row.getLong("backlog"));
                    OffsetDateTime oldest = row.getOffsetDateTime("oldest");
                    oldestAgeMillis.set(oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis()));
                }, failure -> { });
    }
}
