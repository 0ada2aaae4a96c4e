package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.common.TaskRequeueReason;

/**
 * Tasks asked for one more attempt (docs: dispatch, "Callbacks and re-runs"). The request only marks them
 * ({@code requeue_at}); the campaign's round queues them again once they have no attempt in progress: a task that had
 * ended or expired, one never dialled, one waiting for a retry (due at the new instant instead). A canceled task is
 * never marked.
 */
@ApplicationScoped
public class TaskRequeues {

    private static final String REQUEST = """
            update dispatch_task t set requeue_at = :due, requeue_reason = :reason
            where t.campaign_id = :campaign and t.task_id = any(cast(:ids as uuid[]))
              and not exists (select 1 from call c where c.id = t.call_id and c.status = 'canceled')
            """;
    private static final String REQUEUE = """
            with picked as (
                select t.task_id, t.requeue_reason, t.state in ('claimed', 'expired') as was_terminal
                from dispatch_task t left join call c on c.id = t.call_id
                where t.campaign_id = $1 and t.requeue_at is not null
                  and (t.state in ('queued', 'retry', 'expired') or t.state = 'claimed' and c.phase = 'ended')
                for update of t)
            update dispatch_task t set state = 'retry', due_at = t.requeue_at, requeue_at = null,
                requeue_reason = null, attempt_id = null, call_id = null
            from picked p where t.task_id = p.task_id
            returning t.task_id, t.attempts, t.due_at, p.requeue_reason, p.was_terminal
            """;
    // Tasks queued again are no longer terminal; a drained campaign runs again.
    private static final String REOPEN = "update dispatch_campaign set tasks_terminal = tasks_terminal - $2, "
            + DispatchState.RUNS_AGAIN + " where campaign_id = $1";

    /** A task queued again: it waits for attempt {@code attempts + 1}, due at {@code dueAt}. */
    public record Requeued(UUID taskId, int attempts, Instant dueAt, TaskRequeueReason reason,
                           boolean wasTerminal) {
    }

    /** Marks the campaign's tasks for one more attempt, no earlier than {@code due}; in the consumer's transaction. */
    public Uni<Integer> request(UUID campaignId, List<UUID> taskIds, Instant due, TaskRequeueReason reason) {
        return Panache.getSession().chain(session -> session.createNativeQuery(REQUEST)
                .setParameter("due", due)
                .setParameter("reason", reason.name())
                .setParameter("campaign", campaignId)
                .setParameter("ids", taskIds.toArray(UUID[]::new))
                .executeUpdate());
    }

    /**
     * Queues again the marked tasks that have no attempt in progress, under the campaign's row lock; a task that was
     * terminal counts out of the campaign's terminal tasks and a drained campaign runs again.
     */
    public Uni<List<Requeued>> requeue(SqlConnection connection, UUID campaignId) {
        return connection.preparedQuery(REQUEUE).execute(Tuple.of(campaignId)).chain(rows -> {
            List<Requeued> requeued = new ArrayList<>(rows.size());
            int terminal = 0;
            for (Row row : rows) {
                Requeued task = new Requeued(row.getUUID("task_id"), row.getInteger("attempts"),
                        SqlTime.instant(row.getOffsetDateTime("due_at")), reason(row.getString("requeue_reason")),
                        row.getBoolean("was_terminal"));
                requeued.add(task);
                terminal += task.wasTerminal() ? 1 : 0;
            }
            if (requeued.isEmpty()) {
                return Uni.createFrom().item(requeued);
            }
            return connection.preparedQuery(REOPEN).execute(Tuple.of(campaignId, terminal)).replaceWith(requeued);
        });
    }

    private static TaskRequeueReason reason(String value) {
        try {
            return TaskRequeueReason.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return TaskRequeueReason.unknown;
        }
    }
}
