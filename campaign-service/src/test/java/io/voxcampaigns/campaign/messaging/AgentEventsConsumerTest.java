package io.voxcampaigns.campaign.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.agent.AgentUpdated;
import io.voxcampaigns.events.common.AgentSnapshot;
import io.voxcampaigns.events.common.AgentType;
import io.voxcampaigns.events.common.AgentVersionInfo;
import io.voxcampaigns.events.common.CallSettings;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/**
 * The consuming half of the plumbing against the real broker and database: agent.events records, Avro single-object
 * encoded, are applied to the read model exactly once; stale snapshots never win; a poison record lands in
 * agent.events.dlq with its original bytes and the consumer keeps going.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class AgentEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;


    @Test
    void sameEventDeliveredTwiceIsAppliedOnce() {
        String org = UUID.randomUUID().toString();
        String agentId = UUID.randomUUID().toString();
        AgentCreated created = created(org, agentId, "Reminder", Instant.now());
        byte[] bytes = EventCodec.encode(created);

        send(agentId, bytes);
        send(agentId, bytes);
        // a later, different event proves both copies of the first were consumed before we look
        AgentUpdated renamed = updated(org, agentId, "Reminder v2", Instant.now().plusSeconds(1));
        send(agentId, EventCodec.encode(renamed));

        await().atMost(WAIT).untilAsserted(() -> assertThat(agentName(agentId)).isEqualTo("Reminder v2"));
        assertThat(processedCount(created.getEventId())).isEqualTo(1);
        assertThat(processedCount(renamed.getEventId())).isEqualTo(1);
        assertThat(versionLabels(agentId)).isEqualTo("v1");
    }

    @Test
    void olderSnapshotArrivingLateDoesNotOverwriteANewerOne() {
        String org = UUID.randomUUID().toString();
        String agentId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        send(agentId, EventCodec.encode(updated(org, agentId, "Newer", now)));
        send(agentId, EventCodec.encode(updated(org, agentId, "Older", now.minusSeconds(60))));
        String marker = UUID.randomUUID().toString();
        AgentCreated other = created(org, marker, "marker", now);
        send(marker, EventCodec.encode(other));

        await().atMost(WAIT).untilAsserted(() -> assertThat(agentName(marker)).isEqualTo("marker"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(agentName(agentId)).isEqualTo("Newer"));
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing() {
        String key = "poison-" + UUID.randomUUID();
        byte[] poison = "definitely not avro".getBytes(StandardCharsets.UTF_8);
        send(key, poison);

        String org = UUID.randomUUID().toString();
        String agentId = UUID.randomUUID().toString();
        send(agentId, EventCodec.encode(created(org, agentId, "After the poison", Instant.now())));

        await().atMost(WAIT).untilAsserted(() -> assertThat(agentName(agentId)).isEqualTo("After the poison"));
        List<ConsumerRecord<String, byte[]>> dead = TestKafka.consume(Topics.deadLetter(Topics.AGENT_EVENTS))
                .awaitRecords(1, WAIT)
                .getRecords();
        ConsumerRecord<String, byte[]> record = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertThat(record.value()).isEqualTo(poison);
        assertThat(new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("C3 01");
    }

    private void send(String key, byte[] value) {
        TestKafka.send(Topics.AGENT_EVENTS, key, value);
    }

    private String agentName(String agentId) {
        var rows = pool.preparedQuery("select name from agent_view where agent_id = $1")
                .execute(Tuple.of(UUID.fromString(agentId))).await().atMost(WAIT);
        return rows.size() == 0 ? null : rows.iterator().next().getString("name");
    }

    private String versionLabels(String agentId) {
        Row row = pool.preparedQuery("select version_labels from agent_view where agent_id = $1")
                .execute(Tuple.of(UUID.fromString(agentId))).await().atMost(WAIT).iterator().next();
        return row.getString("version_labels");
    }

    private long processedCount(String eventId) {
        return pool.preparedQuery("select count(*) as n from processed_event where event_id = $1")
                .execute(Tuple.of(UUID.fromString(eventId))).await().atMost(WAIT).iterator().next().getLong("n");
    }

    private static AgentSnapshot snapshot(String agentId, String name, Instant at) {
        Instant ms = at.truncatedTo(ChronoUnit.MILLIS);
        return AgentSnapshot.newBuilder().setAgentId(agentId).setName(name).setType(AgentType.single_prompt)
                .setCurrentCallSettings(new CallSettings(30, 900)).setProductionVersion(null)
                .setVersions(List.of(new AgentVersionInfo("v1", new CallSettings(30, 900), ms)))
                .setCreatedAt(ms).setUpdatedAt(ms).build();
    }

    private static AgentCreated created(String org, String agentId, String name, Instant at) {
        return AgentCreated.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(at.truncatedTo(ChronoUnit.MILLIS)).setOrganizationId(org).setAgentId(agentId)
                .setAgent(snapshot(agentId, name, at)).build();
    }

    private static AgentUpdated updated(String org, String agentId, String name, Instant at) {
        return AgentUpdated.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(at.truncatedTo(ChronoUnit.MILLIS)).setOrganizationId(org).setAgentId(agentId)
                .setAgent(snapshot(agentId, name, at)).build();
    }
}
