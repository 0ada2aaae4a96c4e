package io.voxcampaigns.dispatcher.support;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads the dispatcher's tables in tests: what a campaign's calls, tasks and slots look like now. */
public final class DispatchDb {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Pool pool;

    public DispatchDb(Pool pool) {
        this.pool = pool;
    }

    public long calls(UUID campaignId) {
        return count("select count(*) as n from call where campaign_id = $1", Tuple.of(campaignId));
    }

    public long calls(UUID campaignId, String status) {
        return count("select count(*) as n from call where campaign_id = $1 and status = $2",
                Tuple.of(campaignId, status));
    }

    /** Calls that were dialled: the runtime took them (placed or ended after being placed). */
    public long placedCalls(UUID campaignId) {
        return count("select count(*) as n from call where campaign_id = $1 and placed_at is not null",
                Tuple.of(campaignId));
    }

    /** Tasks with an outcome: each claimed task has one call row, which ends with its outcome. */
    public long terminalTasks(UUID campaignId) {
        return count("select count(*) as n from call where campaign_id = $1 and phase = 'ended'",
                Tuple.of(campaignId));
    }

    /** Attempts holding a slot: claimed, placing or placed. */
    /** Calls whose request left (placed, or possibly at the runtime): after a pause, no new one may leave. */
    public long sentCalls(UUID campaignId) {
        return count("select count(*) as n from call where campaign_id = $1 and first_request_at is not null",
                Tuple.of(campaignId));
    }

    public long attemptsInProgress(UUID campaignId) {
        return count("select count(*) as n from call where campaign_id = $1 and phase <> 'ended'",
                Tuple.of(campaignId));
    }

    /** Tasks in a backlog state: queued or claimed. */
    public long tasks(UUID campaignId, String state) {
        return count("select count(*) as n from dispatch_task where campaign_id = $1 and state = $2",
                Tuple.of(campaignId, state));
    }

    /** The latest start of a dialled call of the campaign, or null. */
    public Instant lastStart(UUID campaignId) {
        Row row = one("select max(placed_at) as at from call where campaign_id = $1", Tuple.of(campaignId));
        return row.getOffsetDateTime("at") == null ? null : row.getOffsetDateTime("at").toInstant();
    }

    /** The campaign row: status, paused_by, in_progress, tasks_stored, tasks_terminal, ... */
    public Row campaign(UUID campaignId) {
        RowSet<Row> rows = pool.preparedQuery("select * from dispatch_campaign where campaign_id = $1")
                .execute(Tuple.of(campaignId)).await().atMost(WAIT);
        return rows.size() == 0 ? null : rows.iterator().next();
    }

    /** When the consumer applied the event, or null when it has not. */
    public Instant processedAt(String consumer, String eventId) {
        RowSet<Row> rows = pool.preparedQuery(
                        "select processed_at from processed_event where consumer = $1 and event_id = $2")
                .execute(Tuple.of(consumer, UUID.fromString(eventId))).await().atMost(WAIT);
        return rows.size() == 0 ? null : rows.iterator().next().getOffsetDateTime("processed_at").toInstant();
    }

    private long count(String sql, Tuple params) {
        return one(sql, params).getLong("n");
    }

    private Row one(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).await().atMost(WAIT).iterator().next();
    }
}
