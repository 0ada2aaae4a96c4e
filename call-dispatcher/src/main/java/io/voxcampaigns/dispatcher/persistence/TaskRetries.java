package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Tasks waiting for their next attempt (state {@code retry}, docs: dispatch, "Retries"): put back in the backlog
 * due at an instant, never claimed before it ({@link TaskClaims}); expired, like queued tasks, when no attempt may
 * start any more.
 */
@ApplicationScoped
public class TaskRetries {

    private static final String WAIT = """
            update dispatch_task t set state = 'retry', due_at = r.due_at, attempt_id = null, call_id = null
            from unnest($1::uuid[], $2::timestamptz[]) as r(task_id, due_at)
            where t.task_id = r.task_id and t.state = 'claimed'
            """;
    private static final String NEXT_DUE = """
            select min(due_at) as next from dispatch_task where campaign_id = $1 and state = 'retry'
            """;
    // %s: which tasks (waiting retries first, earliest due first; then tasks never dialled, in order)
    private static final String EXPIRE = """
            with expired as (
                select task_id from dispatch_task where campaign_id = $1 and %s
                limit $2 for update skip locked)
            update dispatch_task t set state = 'expired' from expired e where t.task_id = e.task_id
            returning t.task_id, t.attempts
            """;
    private static final String WAITING = "state = 'retry' order by due_at, seq";
    private static final String QUEUED = "state = 'queued' order by seq";

    /** A task that waited for an attempt and expired, with the attempts it had. */
    public record ExpiredTask(UUID taskId, int attempts) {
    }

    /** One task to call again: its next attempt is due at {@code dueAt}. */
    public record Retry(UUID taskId, Instant dueAt) {
    }

    /** Puts the claimed tasks back in the backlog, each due at its instant. */
    public Uni<Void> wait(SqlConnection connection, List<Retry> retries) {
        if (retries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID[] ids = retries.stream().map(Retry::taskId).toArray(UUID[]::new);
        OffsetDateTime[] due = retries.stream().map(retry -> SqlTime.of(retry.dueAt())).toArray(OffsetDateTime[]::new);
        return connection.preparedQuery(WAIT).execute(Tuple.of(ids, due)).replaceWithVoid();
    }

    /** When the campaign's earliest waiting retry is due; null when none waits. */
    public Uni<Instant> nextDue(SqlConnection connection, UUID campaignId) {
        return connection.preparedQuery(NEXT_DUE).execute(Tuple.of(campaignId))
                .map(rows -> SqlTime.instant(rows.iterator().next().getOffsetDateTime("next")));
    }

    /**
     * Ends up to {@code max} tasks that wait for an attempt, never dialled again: those waiting for a retry first,
     * then queued ones (their first attempt).
     */
    public Uni<List<ExpiredTask>> expire(SqlConnection connection, UUID campaignId, int max) {
        return expire(connection, WAITING, campaignId, max).chain(waiting -> waiting.size() >= max
                ? Uni.createFrom().item(waiting)
                : expire(connection, QUEUED, campaignId, max - waiting.size()).map(queued -> {
                    List<ExpiredTask> all = new ArrayList<>(waiting);
                    all.addAll(queued);
                    return all;
                }));
    }

    private Uni<List<ExpiredTask>> expire(SqlConnection connection, String which, UUID campaignId, int max) {
        return connection.preparedQuery(EXPIRE.formatted(which)).execute(Tuple.of(campaignId, max)).map(rows -> {
            List<ExpiredTask> expired = new ArrayList<>(rows.size());
            for (Row row : rows) {
                expired.add(new ExpiredTask(row.getUUID("task_id"), row.getInteger("attempts")));
            }
            return expired;
        });
    }
}
