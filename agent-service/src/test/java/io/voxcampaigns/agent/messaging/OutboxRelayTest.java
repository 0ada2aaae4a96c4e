package io.voxcampaigns.agent.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.outbox.OutboxRelay;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;
import io.voxcampaigns.testing.support.TestKafka;

/** The outbox relay: one active instance per service, rows marked sent once on the broker, commit order kept. */
@QuarkusTest
@RealInfra(database = "agents")
class OutboxRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    OutboxRelay relay;

    @Inject
    Pool pool;


    @Test
    void thisInstanceHoldsTheRelayLockSoASecondReplicaCannotRelay() {
        await().atMost(WAIT).until(relay::isLeader);
        Boolean secondReplicaGotIt = pool.withConnection(connection -> connection
                        .preparedQuery("select pg_try_advisory_lock(hashtext($1)) as locked")
                        .execute(Tuple.of("vox-outbox-relay:agent-service"))
                        .map(rows -> rows.iterator().next().getBoolean("locked")))
                .await().atMost(WAIT);
        assertThat(secondReplicaGotIt).isFalse();
    }

    @Test
    void eventsArePublishedInCommitOrderAndMarkedSent() {
        String org = UUID.randomUUID().toString();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            created.add(given().auth().oauth2(TestApiKeys.issue(org)).contentType(ContentType.JSON)
                    .body("{\"name\": \"agent " + i + "\"}")
                    .when().post("/v3/agents").then().statusCode(201).extract().<String>path("agent_id"));
        }

        ConsumerTask<String, byte[]> consumer = TestKafka.consume(Topics.AGENT_EVENTS);
        List<String> published = new ArrayList<>();
        try {
            await().atMost(WAIT).untilAsserted(() -> {
                published.clear();
                for (ConsumerRecord<String, byte[]> record : consumer.getRecords()) {
                    // other tests publish other agent events on the same topic
                    String type = new String(record.headers().lastHeader("event_type").value(), StandardCharsets.UTF_8);
                    if (!type.equals(AgentCreated.getClassSchema().getFullName())) {
                        continue;
                    }
                    AgentCreated event = EventCodec.decode(record.value(), AgentCreated.class);
                    if (org.equals(event.getOrganizationId())) {
                        published.add(event.getAgentId());
                    }
                }
                assertThat(published).hasSize(created.size());
            });
        } finally {
            consumer.stop();
        }
        assertThat(published).containsExactlyElementsOf(created);

        await().atMost(WAIT).untilAsserted(() -> assertThat(pool.query(
                        "select count(*) as n from outbox_event where sent_at is null").execute()
                .await().atMost(WAIT).iterator().next().getLong("n")).isZero());
    }
}
