package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Takes a campaign's next queued tasks, a few at a time, with FOR UPDATE SKIP LOCKED: each gets its attempt id and
 * its call row in the same statement, so only the claimed tasks are ever in memory. A claim becomes an attempt the
 * owner sends; the tasks of a canceled or failed campaign become canceled outcomes (never dialled).
 */
@ApplicationScoped
public class TaskClaims {

    private static final String NEXT_QUEUED = """
            with claimed as (
                select task_id from dispatch_task
                where campaign_id = $1 and state = 'queued'
                order by seq limit $2
                for update skip locked),
            marked as (
                update dispatch_task t
                set state = 'claimed', attempt_id = gen_random_uuid(), call_id = gen_random_uuid()
                from claimed where t.task_id = claimed.task_id
                returning t.task_id, t.call_id, t.attempt_id, t.call_to, t.dynamic_variables, t.metadata_json,
                          t.presentation_number, t.seq)
            """;
    private static final String CLAIM = NEXT_QUEUED + """
            insert into call (id, organization_id, campaign_id, task_id, attempt_id, to_number, from_number,
                              presentation_number, agent_id, agent_version, metadata, dynamic_variables, status,
                              phase, owner, next_request_at, created_at)
            select m.call_id, $3, $1, m.task_id, m.attempt_id, m.call_to, $4, coalesce(m.presentation_number, $5),
                   $6, $7, m.metadata_json, m.dynamic_variables, 'queued', 'claimed', $9, $8, $8
            from marked m order by m.seq
            returning\s""" + AttemptRow.COLUMNS;
    private static final String CANCEL = NEXT_QUEUED + """
            insert into call (id, organization_id, campaign_id, task_id, attempt_id, to_number, from_number,
                              presentation_number, agent_id, agent_version, metadata, dynamic_variables, status,
                              phase, end_at, created_at)
            select m.call_id, $3, $1, m.task_id, m.attempt_id, m.call_to, $4, coalesce(m.presentation_number, $5),
                   $6, $7, m.metadata_json, m.dynamic_variables, 'canceled', 'ended', $8, $8
            from marked m order by m.seq
            returning id, task_id, attempt_id
            """;

    /** A queued task turned into a canceled outcome before it was dialled. */
    public record CanceledTask(UUID callId, UUID taskId, UUID attemptId) {
    }

    /**
     * Claims up to {@code max} queued tasks as attempts owned by {@code owner}, due now; the caller takes their
     * slots in the same transaction.
     */
    public Uni<List<AttemptRow>> claim(SqlConnection connection, CampaignRow campaign, int max, Instant now,
                                       UUID owner) {
        return connection.preparedQuery(CLAIM).execute(params(campaign, max, now).addValue(owner))
                .map(Attempts::rows);
    }

    /** Turns up to {@code max} queued tasks into canceled calls (never dialled). */
    public Uni<List<CanceledTask>> cancel(SqlConnection connection, CampaignRow campaign, int max, Instant now) {
        return connection.preparedQuery(CANCEL).execute(params(campaign, max, now)).map(rows -> {
            List<CanceledTask> canceled = new ArrayList<>(rows.size());
            for (Row row : rows) {
                canceled.add(new CanceledTask(row.getUUID("id"), row.getUUID("task_id"), row.getUUID("attempt_id")));
            }
            return canceled;
        });
    }

    private static Tuple params(CampaignRow campaign, int max, Instant now) {
        return Tuple.tuple().addValue(campaign.campaignId()).addValue(max).addValue(campaign.organizationId())
                .addValue(campaign.fromNumber()).addValue(campaign.presentationNumber()).addValue(campaign.agentId())
                .addValue(campaign.agentVersion()).addValue(SqlTime.of(now));
    }
}
