package io.voxcampaigns.dispatcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.support.AgentFeed;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.agent.AgentUpdated;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/** agent.events keep the read model of call settings and deletion, never moving backwards. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class AgentEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Test
    void snapshotsGiveTheCallSettingsOfEveryVersionAndOlderOnesAreIgnored() {
        AgentFeed agent = new AgentFeed(UUID.randomUUID().toString());
        CampaignFeed.send(agent.created(20, 300));
        AgentUpdated updated = agent.versionedThenChanged(45, 600, Instant.now());
        CampaignFeed.send(updated);
        AgentUpdated stale = agent.versionedThenChanged(1, 1, updated.getOccurredAt().minusSeconds(60));
        CampaignFeed.send(stale);
        DispatchDb db = new DispatchDb(pool);

        await().atMost(WAIT).until(() -> db.processedAt(AgentEventsConsumer.CONSUMER, stale.getEventId()) != null);
        assertThat(settings(agent.id()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("current", "45/600", "v1", "20/300"));
    }

    @Test
    void deletedAgentStaysDeleted() {
        AgentFeed agent = new AgentFeed(UUID.randomUUID().toString());
        CampaignFeed.send(agent.created(20, 300));
        CampaignFeed.send(agent.deleted());
        AgentUpdated late = agent.versionedThenChanged(45, 600, Instant.now().plusSeconds(60));
        CampaignFeed.send(late);

        await().atMost(WAIT).until(() -> new DispatchDb(pool).processedAt(AgentEventsConsumer.CONSUMER,
                late.getEventId()) != null);
        Row view = pool.preparedQuery("select deleted from agent_view where agent_id = $1")
                .execute(Tuple.of(agent.id())).await().atMost(WAIT).iterator().next();
        assertThat(view.getBoolean("deleted")).isTrue();
        assertThat(settings(agent.id())).containsExactlyEntriesOf(Map.of("current", "20/300"));
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopic() {
        ConsumerTask<String, byte[]> dlq = TestKafka.consume(Topics.deadLetter(Topics.AGENT_EVENTS));
        try {
            byte[] garbage = ("garbage " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
            TestKafka.send(Topics.AGENT_EVENTS, UUID.randomUUID().toString(), garbage);
            await().atMost(WAIT).untilAsserted(() -> assertThat(dlq.getRecords())
                    .anySatisfy(record -> assertThat(record.value()).isEqualTo(garbage)));
        } finally {
            dlq.stop();
        }
    }

    private Map<String, String> settings(UUID agentId) {
        var rows = pool.preparedQuery("select * from agent_call_settings where agent_id = $1")
                .execute(Tuple.of(agentId)).await().atMost(WAIT);
        return StreamSupport.stream(rows.spliterator(), false).collect(Collectors.toMap(
                row -> row.getString("version_label"),
                row -> row.getInteger("ring_seconds") + "/" + row.getInteger("timeout_seconds")));
    }
}
