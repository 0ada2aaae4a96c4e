package io.voxcampaigns.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.platform.tracing.TraceParents;

/**
 * Publishes outbox rows to Kafka in id order and marks them sent only once the broker acknowledged them.
 *
 * <p>One instance per service is the active relay: it holds a PostgreSQL session advisory lock on a dedicated
 * connection, which also LISTENs for the insert trigger's NOTIFY; a slow poll covers lost notifications. State
 * changes of one aggregate lock its row before writing their events, so id order is commit order per key.
 * Delivery is at least once (a crash between ack and mark resends); consumers deduplicate on event_id.
 *
 * <p>A drain pipelines its rounds: the next rows are read and sent while up to
 * {@link OutboxConfig#inFlightRounds()} earlier rounds (and {@link OutboxConfig#inFlightBytes()} of payload) wait
 * for the broker's acknowledgement; the producer keeps them in order per partition. If a round fails, the drain
 * lets the others settle and the next drain reads every unsent row again from the first.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String CHANNEL = "outbox-relay";
    static final String NOTIFY_CHANNEL = "vox_outbox";
    /** Messages the emitter holds before the connector takes them; more in flight would fail the sends. */
    static final int EMITTER_BUFFER = 8192;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String SELECT_UNSENT = "select id, event_id, topic, record_key, event_type, payload, trace_parent "
            + "from outbox_event where sent_at is null and id > $1 order by id limit $2";
    private static final String MARK_SENT = "update outbox_event set sent_at = now() where id = any($1)";
    private static final String PURGE_SENT = "delete from outbox_event where sent_at < $1";

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxMetrics metrics;

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = EMITTER_BUFFER)
    MutinyEmitter<byte[]> emitter;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean rerun = new AtomicBoolean();
    private volatile boolean leader;
    private volatile boolean stopped;
    private volatile SqlConnection leaderConnection;
    private volatile Instant lastPurge = Instant.EPOCH;
    private long pollTimer = -1;

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance (vox.outbox.relay-enabled=false)");
            return;
        }
        elect();
        pollTimer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> onPoll());
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (pollTimer >= 0) {
            vertx.cancelTimer(pollTimer);
        }
        SqlConnection connection = leaderConnection;
        if (connection != null) {
            connection.closeAndForget();
        }
    }

    /** Whether this instance is the active relay. */
    public boolean isLeader() {
        return leader;
    }

    /** Asks for a relay round now (also called by NOTIFY and the poll). */
    public void wake() {
        if (!leader || stopped) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            rerun.set(true);
            return;
        }
        rerun.set(false);
        drainUntilEmpty().subscribe().with(ignored -> finishRound(), failure -> {
            LOG.warnf("Outbox relay round failed, retrying in %s: %s", config.failureBackoff(), failure.getMessage());
            vertx.setTimer(Math.max(1, config.failureBackoff().toMillis()), id -> {
                rerun.set(true);
                finishRound();
            });
        });
    }

    private void finishRound() {
        running.set(false);
        if (rerun.getAndSet(false)) {
            wake();
        }
    }

    private void onPoll() {
        if (!leader) {
            return;
        }
        wake();
        metrics.refresh(pool);
        if (lastPurge.isBefore(Instant.now().minusSeconds(60))) {
            lastPurge = Instant.now();
            pool.preparedQuery(PURGE_SENT).execute(Tuple.of(OffsetDateTime.now().minus(config.sentRetention())))
                    .subscribe().with(rows -> { }, failure -> LOG.debugf("Outbox purge failed: %s", failure.getMessage()));
        }
    }

    private void elect() {
        if (stopped) {
            return;
        }
        pool.getConnection()
                .chain(connection -> tryLock(connection)
                        .chain(locked -> locked ? listen(connection).replaceWith(true)
                                : connection.close().replaceWith(false))
                        .onFailure().call(connection::close))
                .subscribe().with(isLeader -> {
                    if (isLeader) {
                        leader = true;
                        LOG.infof("This instance is the active outbox relay of %s", applicationName);
                        wake();
                    } else {
                        retryElection();
                    }
                }, failure -> {
                    LOG.debugf("Outbox relay election failed: %s", failure.getMessage());
                    retryElection();
                });
    }

    private Uni<Boolean> tryLock(SqlConnection connection) {
        return connection.preparedQuery("select pg_try_advisory_lock(hashtext($1)) as locked")
                .execute(Tuple.of("vox-outbox-relay:" + applicationName))
                .map(rows -> rows.iterator().next().getBoolean("locked"));
    }

    private Uni<Void> listen(SqlConnection connection) {
        PgConnection pg = PgConnection.cast(connection);
        pg.notificationHandler(notification -> wake());
        connection.closeHandler(() -> {
            if (leaderConnection == connection) {
                leader = false;
                leaderConnection = null;
                LOG.warn("Outbox relay lost its database connection; electing again");
                retryElection();
            }
        });
        leaderConnection = connection;
        return connection.query("LISTEN " + NOTIFY_CHANNEL).execute().replaceWithVoid();
    }

    private void retryElection() {
        if (!stopped) {
            vertx.setTimer(config.leaderRetryInterval().toMillis(), id -> elect());
        }
    }

    private Uni<Void> drainUntilEmpty() {
        SqlConnection connection = leaderConnection;
        if (connection == null) {
            return Uni.createFrom().voidItem();
        }
        InFlight inFlight = new InFlight();
        return drainAfter(connection, 0L, inFlight)
                .onFailure().call(() -> inFlight.settleQuietly());
    }

    /**
     * Reads and marks on the leader's own connection: the service's pool can be busy with its own transactions
     * (the dispatcher's rounds) and the relay must not queue behind them.
     */
    private Uni<Void> drainAfter(SqlConnection connection, long after, InFlight inFlight) {
        return connection.preparedQuery(SELECT_UNSENT).execute(Tuple.of(after, config.batchSize())).chain(rows -> {
            if (rows.size() == 0) {
                return inFlight.settle();
            }
            long last = 0;
            long bytes = 0;
            for (Row row : rows) {
                last = row.getLong("id");
                bytes += row.getBuffer("payload").length();
            }
            inFlight.start(publish(connection, rows), rows.size(), bytes);
            long next = last;
            Uni<Void> room = inFlight.awaitRoom(config.inFlightRounds(), config.inFlightBytes(),
                    EMITTER_BUFFER - config.batchSize());
            return rows.size() >= config.batchSize() ? room.chain(() -> drainAfter(connection, next, inFlight))
                    : room.chain(inFlight::settle);
        });
    }

    private Uni<Void> publish(SqlConnection connection, RowSet<Row> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        List<Uni<Void>> sends = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ids.add(row.getLong("id"));
            sends.add(send(row));
        }
        return Uni.join().all(sends).andFailFast()
                .chain(() -> connection.preparedQuery(MARK_SENT).execute(Tuple.of(ids.toArray(new Long[0]))))
                .invoke(() -> metrics.published(ids.size()))
                .replaceWithVoid();
    }

    private Uni<Void> send(Row row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("event_type", row.getString("event_type").getBytes(StandardCharsets.UTF_8));
        headers.add("event_id", row.getUUID("event_id").toString().getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("record_key"))
                .withHeaders(headers)
                .build();
        Message<byte[]> message = Message.of(row.getBuffer("payload").getBytes()).addMetadata(metadata);
        String traceParent = row.getString("trace_parent");
        if (traceParent != null) {
            // The connector's producer span becomes a child of the writer's span and goes out as the traceparent header.
            message = message.addMetadata(TracingMetadata.withCurrent(TraceParents.context(traceParent)));
        }
        return emitter.sendMessage(message);
    }

    /** The rounds of one drain that were sent and not yet acknowledged and marked, oldest first. */
    private static final class InFlight {

        private record Round(Uni<Void> done, int messages, long bytes) {
        }

        private final Deque<Round> rounds = new ArrayDeque<>();
        private int messages;
        private long bytes;

        /** Starts the round now. */
        void start(Uni<Void> publish, int roundMessages, long roundBytes) {
            Uni<Void> done = publish.memoize().indefinitely();
            done.subscribe().with(ignored -> { }, failure -> { });
            rounds.addLast(new Round(done, roundMessages, roundBytes));
            messages += roundMessages;
            bytes += roundBytes;
        }

        /**
         * Waits for the oldest rounds until fewer than {@code maxRounds}, at most {@code maxBytes} and at most
         * {@code maxMessages} are in flight.
         */
        Uni<Void> awaitRoom(int maxRounds, long maxBytes, int maxMessages) {
            if (rounds.isEmpty()
                    || (rounds.size() < maxRounds && bytes <= maxBytes && messages <= maxMessages)) {
                return Uni.createFrom().voidItem();
            }
            Round oldest = rounds.removeFirst();
            messages -= oldest.messages();
            bytes -= oldest.bytes();
            return oldest.done().chain(() -> awaitRoom(maxRounds, maxBytes, maxMessages));
        }

        /** Waits for every round; fails if one failed. */
        Uni<Void> settle() {
            return awaitRoom(1, -1, -1);
        }

        /** Waits for every round, ignoring failures (the drain failed already). */
        Uni<Void> settleQuietly() {
            List<Uni<Void>> all = rounds.stream().map(round -> round.done().onFailure().recoverWithNull()).toList();
            rounds.clear();
            messages = 0;
            bytes = 0;
            return all.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(all).andFailFast().replaceWithVoid();
        }
    }
}
