package io.voxcampaigns.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Publishes outbox rows to Kafka in id order and marks them sent only once the broker acknowledged them.
 *
 * <p>One instance per service is the active relay: it holds a PostgreSQL session advisory lock on a dedicated
 * connection, which also LISTENs for the insert trigger's NOTIFY; a slow poll covers lost notifications. State
 * changes of one aggregate lock its row before writing their events, so id order is commit order per key.
 * Delivery is at least once (a crash between ack and mark resends); consumers deduplicate on event_id.
 *
 * <p>Order per key. For every record key (on its topic), the first delivery of each row happens in id order, also
 * when a round fails. A drain pipelines its rounds: the next rows are read while up to
 * {@link OutboxConfig#inFlightRounds()} earlier rounds (and {@link OutboxConfig#inFlightBytes()} of payload) wait for
 * the broker's acknowledgement, but a key has at most one hand-over in flight: a round's rows of a key are handed to
 * Kafka once that key's earlier rows were acknowledged (rows that several rounds read for it meanwhile go together),
 * and a key whose rows failed gets nothing more in that drain ({@link DrainPipeline}, {@link KeyLane}); within a
 * hand-over the idempotent producer keeps a key's rows in order (one partition). A failed send stops the drain; the
 * next one, after {@link OutboxConfig#failureBackoff()}, reads every unsent row again in id order.
 *
 * <p>Limits. A row too large for the producer is not handed over ({@link RelaySender}): it blocks its key until it
 * is repaired while the other keys go on, each drain ends failed at it (a warning, then the failure backoff), and
 * {@code vox.outbox.oldest.age.seconds} shows it. The producer settles a key's records of one round independently:
 * if the broker refuses one of them alone (a topic whose max.message.bytes is below the producer's
 * max.request.size, an authorization or policy error) or the connector re-sends one after a failure it deems
 * transient, rows of that key handed over with it may be delivered first. A key with rows in every round (the
 * dispatcher's few running campaigns) waits for an acknowledgement between hand-overs where rounds used to overlap.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String CHANNEL = "outbox-relay";
    static final String NOTIFY_CHANNEL = "vox_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String SELECT_UNSENT = "select id, event_id, topic, record_key, event_type, payload, trace_parent "
            + "from outbox_event where sent_at is null and id > $1 order by id limit $2";
    private static final String MARK_SENT = "update outbox_event set sent_at = now() where id = any($1)";
    private static final String PURGE_SENT = "delete from outbox_event where sent_at < $1";

    private final Pool pool;
    private final Vertx vertx;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private final RelaySender sender;
    private final String applicationName;
    private final Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean rerun = new AtomicBoolean();
    private volatile boolean leader;
    private volatile boolean stopped;
    private volatile SqlConnection leaderConnection;
    private volatile Instant lastPurge = Instant.EPOCH;
    private long pollTimer = -1;

    OutboxRelay(Pool pool, Vertx vertx, OutboxConfig config, OutboxMetrics metrics, RelaySender sender,
            @ConfigProperty(name = "quarkus.application.name") String applicationName, Clock clock) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        this.metrics = metrics;
        this.sender = sender;
        this.applicationName = applicationName;
        this.clock = clock;
    }

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
        Instant now = clock.instant();
        if (lastPurge.isBefore(now.minusSeconds(60))) {
            lastPurge = now;
            OffsetDateTime sentBefore = OffsetDateTime.ofInstant(now.minus(config.sentRetention()), ZoneOffset.UTC);
            pool.preparedQuery(PURGE_SENT).execute(Tuple.of(sentBefore))
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
        DrainPipeline pipeline = new DrainPipeline(sender::refusal, sender::send, ids -> markSent(connection, ids));
        return drainAfter(connection, 0L, pipeline)
                .onFailure().call(() -> pipeline.settle().onFailure().recoverWithNull());
    }

    /**
     * Reads and marks on the leader's own connection: the service's pool can be busy with its own transactions
     * (the dispatcher's rounds) and the relay must not queue behind them.
     */
    private Uni<Void> drainAfter(SqlConnection connection, long after, DrainPipeline pipeline) {
        if (pipeline.stopped()) {
            return pipeline.settle();
        }
        return connection.preparedQuery(SELECT_UNSENT).execute(Tuple.of(after, config.batchSize())).chain(rows -> {
            if (rows.size() == 0) {
                return pipeline.settle();
            }
            List<OutboxRow> round = OutboxRow.all(rows);
            pipeline.start(round);
            long next = round.get(round.size() - 1).id();
            Uni<Void> room = pipeline.awaitRoom(config.inFlightRounds(), config.inFlightBytes(),
                    RelaySender.EMITTER_BUFFER - config.batchSize());
            return rows.size() >= config.batchSize() ? room.chain(() -> drainAfter(connection, next, pipeline))
                    : room.chain(pipeline::settle);
        });
    }

    private Uni<Void> markSent(SqlConnection connection, List<Long> ids) {
        return connection.preparedQuery(MARK_SENT).execute(Tuple.of(ids.toArray(new Long[0])))
                .invoke(() -> metrics.published(ids.size()))
                .replaceWithVoid();
    }
}
