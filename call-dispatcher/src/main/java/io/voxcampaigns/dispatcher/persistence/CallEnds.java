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
import io.voxcampaigns.dispatcher.placement.CallOutcome;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * Records outcomes on calls still in progress (their tasks are then terminal). A call that already has an outcome
 * is left alone, so a duplicate webhook, a late simulated end or the deadline sweep never ends a call twice.
 */
@ApplicationScoped
public class CallEnds {

    private static final String END = """
            with outcome as (
                select * from unnest($2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::bigint[])
                    as o(id, status, reason, end_at, duration_ms)),
            ended as (
                update call c set status = o.status, disconnection_reason = o.reason, end_at = o.end_at,
                    duration_ms = o.duration_ms
                from outcome o
                where c.id = o.id and c.campaign_id = $1 and c.status = 'ongoing'
                returning c.id, c.task_id, c.attempt_id, c.organization_id, c.start_at, c.status,
                          c.disconnection_reason, c.end_at, c.duration_ms)
            select * from ended
            """;

    /** A call that this transaction ended, with what its CallEnded event needs. */
    public record EndedCall(UUID callId, UUID taskId, UUID attemptId, String organizationId, Instant startedAt,
                            CallStatus status, DisconnectionReason reason, Instant endedAt, long durationMs) {
    }

    /** Ends the campaign's calls among {@code outcomes}; call with the campaign's row locked. */
    public Uni<List<EndedCall>> end(SqlConnection connection, UUID campaignId, List<CallOutcome> outcomes) {
        int size = outcomes.size();
        UUID[] ids = new UUID[size];
        String[] statuses = new String[size];
        String[] reasons = new String[size];
        OffsetDateTime[] endedAt = new OffsetDateTime[size];
        Long[] durations = new Long[size];
        for (int i = 0; i < size; i++) {
            CallOutcome outcome = outcomes.get(i);
            ids[i] = outcome.callId();
            statuses[i] = outcome.status().name();
            reasons[i] = outcome.reason() == null ? null : outcome.reason().name();
            endedAt[i] = SqlTime.of(outcome.endedAt());
            durations[i] = outcome.durationMs();
        }
        Tuple params = Tuple.tuple().addValue(campaignId).addValue(ids).addValue(statuses).addValue(reasons)
                .addValue(endedAt).addValue(durations);
        return connection.preparedQuery(END).execute(params).map(rows -> {
            List<EndedCall> ended = new ArrayList<>(rows.size());
            for (Row row : rows) {
                String reason = row.getString("disconnection_reason");
                ended.add(new EndedCall(row.getUUID("id"), row.getUUID("task_id"), row.getUUID("attempt_id"),
                        row.getString("organization_id"), SqlTime.instant(row.getOffsetDateTime("start_at")),
                        CallStatus.valueOf(row.getString("status")),
                        reason == null ? null : DisconnectionReason.valueOf(reason),
                        SqlTime.instant(row.getOffsetDateTime("end_at")), row.getLong("duration_ms")));
            }
            return ended;
        });
    }
}
