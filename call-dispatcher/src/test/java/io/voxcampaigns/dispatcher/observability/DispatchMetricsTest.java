package io.voxcampaigns.dispatcher.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * /q/metrics while a campaign runs through real Kafka and PostgreSQL: calls started and ended (by status and
 * reason), dispatch round latency, active calls of the campaign (present while it runs, gone once it drained),
 * outbox backlog, age and throughput, Kafka consumer lag.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class DispatchMetricsTest {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int TASKS = 150;
    private static final int CONCURRENCY = 3;

    @Inject
    Pool pool;

    @Test
    void domainMetricsMoveWithACampaignRun() {
        MetricsPage before = MetricsPage.scrape();
        CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(CONCURRENCY).tasks(TASKS).publish();
        UUID id = campaign.id();
        String activeLabel = "campaign_id=\"" + id + "\"";
        DispatchDb db = new DispatchDb(pool);

        List<Double> activeSeen = new CopyOnWriteArrayList<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> {
            MetricsPage.scrape().value("vox_dispatcher_calls_active", activeLabel).ifPresent(activeSeen::add);
            return db.terminalTasks(id) == TASKS;
        });
        assertThat(activeSeen).as("active calls of the campaign while it ran").isNotEmpty()
                .allSatisfy(value -> assertThat(value).isBetween(0.0, (double) CONCURRENCY))
                .anySatisfy(value -> assertThat(value).isPositive());
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                MetricsPage.scrape().value("vox_dispatcher_calls_active", activeLabel))
                .as("a finished campaign's series is removed").isEqualTo(OptionalDouble.empty()));

        MetricsPage after = MetricsPage.scrape();
        assertThat(after.sum("vox_dispatcher_calls_started_total") - before.sum("vox_dispatcher_calls_started_total"))
                .as("%s", after.of("vox_dispatcher_calls_started_total")).isGreaterThanOrEqualTo(TASKS);
        assertThat(after.sum("vox_dispatcher_calls_ended_total") - before.sum("vox_dispatcher_calls_ended_total"))
                .isGreaterThanOrEqualTo(TASKS);
        assertThat(after.sum("vox_dispatcher_placement_answers_total", "answer=\"accepted\"")
                - before.sum("vox_dispatcher_placement_answers_total", "answer=\"accepted\""))
                .as("the simulated runtime accepts every request").isGreaterThanOrEqualTo(TASKS);
        assertThat(after.of("vox_dispatcher_calls_ended_total").keySet())
                .allSatisfy(series -> assertThat(series).contains("status=\"").contains("reason=\""))
                .anySatisfy(series -> assertThat(series).contains("reason=\"user_hangup\""));
        assertThat(after.sum("vox_dispatcher_round_seconds_count", "decision=\"start\"")
                - before.sum("vox_dispatcher_round_seconds_count", "decision=\"start\"")).isPositive();
        assertThat(after.sum("vox_dispatcher_round_seconds_sum")).isPositive();

        assertThat(after.sum("vox_outbox_published_total") - before.sum("vox_outbox_published_total"))
                .as("CallStarted + CallEnded relayed").isGreaterThanOrEqualTo(2.0 * TASKS);
        assertThat(after.of("vox_outbox_backlog")).hasSize(1);
        assertThat(after.of("vox_outbox_oldest_age_seconds")).hasSize(1);

        // The client-level series (client_id names the channel) exists from the first poll; the per-partition series
        // (topic tag) appears when Micrometer's Kafka binder next refreshes the client's metric list (every minute).
        assertThat(after.of("kafka_consumer_fetch_manager_records_lag_max").keySet())
                .as("consumer lag of the dispatcher's consumers: %s", after.names("kafka_consumer"))
                .anySatisfy(series -> assertThat(series).containsAnyOf("topic=\"campaign.tasks\"",
                        "client_id=\"kafka-consumer-campaign-tasks\""));
    }
}
