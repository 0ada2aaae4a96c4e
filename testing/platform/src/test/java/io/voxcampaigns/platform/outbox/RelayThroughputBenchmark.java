package io.voxcampaigns.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.platform.outbox.OutboxRows.Written;
import io.voxcampaigns.platform.testing.TestDatabase;
import io.voxcampaigns.platform.testing.TopicLog;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * How fast one drain relays a backlog with the default settings, printed (not asserted: the machine's speed varies):
 * a few hot keys (the dispatcher's call.events, keyed by campaign) against many keys. A benchmark (tag {@code bench}),
 * not part of the normal build: {@code ./mvnw -B -pl testing/platform verify -Pbench} after an install.
 */
@Tag("bench")
@QuarkusTest
@RealInfra(database = TestDatabase.NAME)
class RelayThroughputBenchmark {

    private static final Logger LOG = Logger.getLogger(RelayThroughputBenchmark.class);
    private static final int ROWS = 20_000;
    /** About the size of a CallEnded record. */
    private static final int PAYLOAD_BYTES = 300;

    /** Runs of each case: the first ones also warm the JIT up. */
    private static final int RUNS = 3;

    @Test
    void aBacklogOfTenHotKeysIsRelayed() {
        for (int run = 0; run < RUNS; run++) {
            relayAndReport(10);
        }
    }

    @Test
    void aBacklogOfManyKeysIsRelayed() {
        for (int run = 0; run < RUNS; run++) {
            relayAndReport(2_000);
        }
    }

    private static void relayAndReport(int keys) {
        String topic = "platform-tests.relay-throughput-" + UUID.randomUUID();
        long start = System.nanoTime();
        List<Written> rows = OutboxRows.write(topic,
                OutboxRows.roundRobin(ROWS, RelayOrderTest.keys(keys), PAYLOAD_BYTES));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> OutboxRows.unsent(topic) == 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.infof("Relay throughput: %,d rows over %,d keys sent and marked in %.2f s: %,.0f rows/s", rows.size(), keys,
                seconds, rows.size() / seconds);
        try (TopicLog log = TopicLog.read(topic)) {
            await().atMost(Duration.ofMinutes(1)).until(() -> log.distinctEvents() == rows.size());
            assertThat(log.records()).isEqualTo(rows.size());
        }
    }
}
