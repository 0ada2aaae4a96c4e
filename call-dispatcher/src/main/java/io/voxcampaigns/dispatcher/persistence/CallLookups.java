package io.voxcampaigns.dispatcher.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads on calls outside the dispatch rounds: webhook matching, overdue placed calls, orphaned attempts. */
@ApplicationScoped
public class CallLookups {

    private static final String BY_ATTEMPT_ID = "select id, campaign_id from call where attempt_id = $1";
    private static final String BY_RUNTIME_ID = "select id, campaign_id from call where runtime_call_id = $1";
    private static final String OVERDUE = """
            select id, campaign_id, runtime_call_id from call where phase = 'placed' and deadline_at < $1
            order by deadline_at limit $2
            """;
    private static final String ORPHANED = "select distinct c.campaign_id from call c where c.phase in "
            + Attempts.UNSETTLED + " and not exists (select 1 from dispatcher_instance i where i.instance_id = c.owner"
            + " and i.heartbeat_at > now() - make_interval(secs => $1)) limit $2";

    /** A call as a webhook or the sweep names it. */
    public record CallRef(UUID callId, UUID campaignId) {
    }

    /** A placed call whose deadline passed: the runtime is asked about it. */
    public record OverdueCall(UUID callId, UUID campaignId, String runtimeCallId) {
    }

    private final Pool pool;

    public CallLookups(Pool pool) {
        this.pool = pool;
    }

    /** The call of this attempt (the idempotency key the runtime echoes in metadata), or null. */
    public Uni<CallRef> byAttemptId(UUID attemptId) {
        return pool.preparedQuery(BY_ATTEMPT_ID).execute(Tuple.of(attemptId)).map(CallLookups::first);
    }

    /** The call the runtime knows by this id, or null. */
    public Uni<CallRef> byRuntimeId(String runtimeCallId) {
        return pool.preparedQuery(BY_RUNTIME_ID).execute(Tuple.of(runtimeCallId)).map(CallLookups::first);
    }

    /** Up to {@code limit} placed calls whose deadline passed before {@code now}, oldest first. */
    public Uni<List<OverdueCall>> overdue(Instant now, int limit) {
        return pool.preparedQuery(OVERDUE).execute(Tuple.of(SqlTime.of(now), limit)).map(rows -> {
            List<OverdueCall> calls = new ArrayList<>(rows.size());
            for (Row row : rows) {
                calls.add(new OverdueCall(row.getUUID("id"), row.getUUID("campaign_id"),
                        row.getString("runtime_call_id")));
            }
            return calls;
        });
    }

    /** Campaigns holding unsettled attempts whose owner's heartbeat is older than {@code instanceTimeout}. */
    public Uni<List<UUID>> campaignsWithOrphans(Duration instanceTimeout, int limit) {
        return pool.preparedQuery(ORPHANED).execute(Tuple.of(instanceTimeout.toMillis() / 1000.0, limit))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        ids.add(row.getUUID("campaign_id"));
                    }
                    return ids;
                });
    }

    private static CallRef first(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        Row row = rows.iterator().next();
        return new CallRef(row.getUUID("id"), row.getUUID("campaign_id"));
    }
}
