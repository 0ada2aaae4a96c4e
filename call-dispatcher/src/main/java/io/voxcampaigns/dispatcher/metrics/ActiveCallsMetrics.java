package io.voxcampaigns.dispatcher.metrics;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.platform.metrics.MetricsConfig;

/**
 * {@code vox.dispatcher.calls.active{campaign_id}}: calls in progress per campaign that has started and has not
 * finished, read from the slot counts every replica shares (so every replica reports the same value). A finished
 * campaign's series is removed at the next refresh, and at most {@link MetricsConfig#maxCampaignSeries()} campaigns
 * are reported, so the number of series stays bounded.
 */
@ApplicationScoped
public class ActiveCallsMetrics {

    private static final Logger LOG = Logger.getLogger(ActiveCallsMetrics.class);
    private static final String ACTIVE = """
            select campaign_id, in_progress from dispatch_campaign
            where started and status is not null and status not in ('success', 'fail', 'canceled')
            order by in_progress desc, campaign_id
            limit $1
            """;

    private final Pool pool;
    private final Vertx vertx;
    private final MetricsConfig config;
    private final MultiGauge active;
    private long timer = -1;

    ActiveCallsMetrics(Pool pool, Vertx vertx, MetricsConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        active = MultiGauge.builder("vox.dispatcher.calls.active")
                .description("Calls in progress per unfinished campaign").register(registry);
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.refreshInterval().toMillis(), id -> refresh());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    void refresh() {
        pool.preparedQuery(ACTIVE).execute(Tuple.of(config.maxCampaignSeries())).subscribe().with(rows -> {
            List<MultiGauge.Row<?>> series = new ArrayList<>(rows.size());
            for (Row row : rows) {
                series.add(MultiGauge.Row.of(Tags.of("campaign_id", row.getUUID("campaign_id").toString()),
                        row.getInteger("in_progress")));
            }
            active.register(series, true);
        }, failure -> LOG.debugf("Active calls metric not refreshed: %s", failure.getMessage()));
    }
}
