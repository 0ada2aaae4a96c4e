package io.voxcampaigns.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.voxcampaigns.local.Endpoints;
import io.voxcampaigns.local.Infra;
import io.voxcampaigns.platform.outbox.OutboxRows.Written;
import io.voxcampaigns.platform.testing.TestDatabase;
import io.voxcampaigns.platform.testing.TopicLog;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Leader failover: when the active relay's database connection dies, its advisory lock goes with it and a second
 * relay instance (as on another replica: its own pool) takes over and relays what is written afterwards; the first
 * stands by until the second goes away.
 */
@QuarkusTest
@RealInfra(database = TestDatabase.NAME)
class RelayFailoverTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The advisory lock of this database's relay, and the backend holding it. */
    private static final String LEADER_BACKEND = "select pid from pg_locks where locktype = 'advisory' and granted "
            + "and database = (select oid from pg_database where datname = current_database())";

    @Inject
    OutboxRelay relay;

    @Inject
    Vertx vertx;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxMetrics metrics;

    @Inject
    RelaySender sender;

    @Test
    void aSecondInstanceTakesOverWhenTheLeadersConnectionDies() {
        await().atMost(WAIT).until(relay::isLeader);
        Pool secondPool = PgBuilder.pool().connectingTo(connectOptions()).using(vertx)
                .with(new PoolOptions().setMaxSize(2)).build();
        OutboxRelay second = new OutboxRelay(secondPool, vertx, config, metrics, sender, "platform-tests", Clock.systemUTC());
        try {
            terminate(leaderBackend());
            await().atMost(WAIT).until(() -> !relay.isLeader() && leaderBackend() == null);
            second.start(null);
            await().atMost(WAIT).until(second::isLeader);

            String topic = "platform-tests.relay-failover-" + UUID.randomUUID();
            List<Written> rows = OutboxRows.write(topic, OutboxRows.roundRobin(1_000, RelayOrderTest.keys(3), 200));
            try (TopicLog log = TopicLog.read(topic)) {
                await().atMost(WAIT).until(() -> OutboxRows.unsent(topic) == 0 && log.distinctEvents() == rows.size());
                assertThat(log.firstDeliveriesByKey()).isEqualTo(RelayOrderTest.expectedOrder(rows));
            }
            await().during(config.leaderRetryInterval().plusSeconds(1)).atMost(WAIT)
                    .until(() -> second.isLeader() && !relay.isLeader());
        } finally {
            second.stop(null);
            secondPool.closeAndAwait();
        }
        await().atMost(WAIT).until(relay::isLeader);
    }

    private static PgConnectOptions connectOptions() {
        Endpoints endpoints = Infra.get();
        return PgConnectOptions.fromUri(endpoints.reactiveUrl(TestDatabase.NAME))
                .setUser(endpoints.username()).setPassword(endpoints.password());
    }

    private static Integer leaderBackend() {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(LEADER_BACKEND)) {
            return rows.next() ? rows.getInt(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot find the relay's backend", e);
        }
    }

    private static void terminate(int backend) {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_terminate_backend(" + backend + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot terminate backend " + backend, e);
        }
    }
}
