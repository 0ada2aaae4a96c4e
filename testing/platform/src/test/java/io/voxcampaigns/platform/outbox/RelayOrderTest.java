package io.voxcampaigns.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.platform.outbox.OutboxRows.Spec;
import io.voxcampaigns.platform.outbox.OutboxRows.Written;
import io.voxcampaigns.platform.testing.TestDatabase;
import io.voxcampaigns.platform.testing.TopicLog;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * The relay's pipelined rounds (500 rows, up to 4 in flight) against the real broker: every row reaches the topic,
 * and for every key the first delivery of its rows follows their outbox ids, also when a round fails.
 */
@QuarkusTest
@RealInfra(database = TestDatabase.NAME)
class RelayOrderTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Above the test profile's max.request.size (64 KiB): the producer refuses such a record. */
    private static final int TOO_LARGE = 100_000;

    @Test
    void pipelinedRoundsRelayEveryRowOnceInIdOrderPerKey() {
        String topic = "platform-tests.relay-" + UUID.randomUUID();
        List<Written> rows = OutboxRows.write(topic, OutboxRows.roundRobin(3_000, keys(7), 200));

        try (TopicLog log = TopicLog.read(topic)) {
            await().atMost(WAIT).until(() -> OutboxRows.unsent(topic) == 0 && log.distinctEvents() == rows.size());
            assertThat(log.firstDeliveriesByKey()).isEqualTo(expectedOrder(rows));
            assertThat(log.records()).as("no row was sent twice without a failure").isEqualTo(rows.size());
        }
    }

    @Test
    void aFailingRoundNeverDeliversALaterRowOfItsKeyFirst() throws Exception {
        String topic = "platform-tests.relay-failing-" + UUID.randomUUID();
        List<String> keys = keys(5);
        List<Spec> specs = OutboxRows.roundRobin(2_000, keys, 200);
        // in the second round, with rows of its key after it in that round and in the rounds in flight behind it
        int refused = 604;
        specs.set(refused, new Spec(specs.get(refused).key(), TOO_LARGE));
        List<Written> rows = OutboxRows.write(topic, specs);
        Written stuck = rows.get(refused);
        List<Written> otherKeys = rows.stream().filter(row -> !row.key().equals(stuck.key())).toList();
        List<Written> laterOfItsKey = rows.stream()
                .filter(row -> row.key().equals(stuck.key()) && row.id() > stuck.id()).toList();

        try (TopicLog log = TopicLog.read(topic)) {
            await().atMost(WAIT).until(() -> OutboxRows.unsent(otherKeys) == 0);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> OutboxRows.unsent(List.of(stuck)) == 1
                    && laterOfItsKey.stream().noneMatch(row -> log.contains(row.eventId())));

            OutboxRows.resize(stuck.id(), 200);
            await().atMost(WAIT).until(() -> OutboxRows.unsent(topic) == 0 && log.distinctEvents() == rows.size());
            assertThat(log.firstDeliveriesByKey()).isEqualTo(expectedOrder(rows));
        }
    }

    static List<String> keys(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(UUID.randomUUID().toString());
        }
        return keys;
    }

    static Map<String, List<UUID>> expectedOrder(List<Written> rows) {
        Map<String, List<UUID>> byKey = new LinkedHashMap<>();
        for (Written row : rows) {
            byKey.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row.eventId());
        }
        return byKey;
    }
}
