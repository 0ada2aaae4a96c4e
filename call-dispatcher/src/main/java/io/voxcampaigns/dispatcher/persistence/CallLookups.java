package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Small reads and writes on calls outside the dispatch transactions: runtime ids and overdue calls. */
@ApplicationScoped
public class CallLookups {

    private static final String SET_RUNTIME_ID = "update call set runtime_call_id = $2 where id = $1";
    private static final String BY_RUNTIME_ID = """
            select id, campaign_id, start_at from call where runtime_call_id = $1
            """;
    private static final String OVERDUE = """
            select id, campaign_id from call where status = 'ongoing' and deadline_at < $1
            order by deadline_at limit $2
            """;

    /** A call as the voice runtime names it. */
    public record RuntimeCall(UUID callId, UUID campaignId, Instant startedAt) {
    }

    /** A call whose outcome is overdue. */
    public record OverdueCall(UUID callId, UUID campaignId) {
    }

    @Inject
    Pool pool;

    public Uni<Void> recordRuntimeId(UUID callId, String runtimeCallId) {
        return pool.preparedQuery(SET_RUNTIME_ID).execute(Tuple.of(callId, runtimeCallId)).replaceWithVoid();
    }

    /** The call the runtime knows by this id, or null. */
    public Uni<RuntimeCall> byRuntimeId(String runtimeCallId) {
        return pool.preparedQuery(BY_RUNTIME_ID).execute(Tuple.of(runtimeCallId)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            return new RuntimeCall(row.getUUID("id"), row.getUUID("campaign_id"),
                    SqlTime.instant(row.getOffsetDateTime("start_at")));
        });
    }

    /** Up to {@code limit} calls in progress whose deadline passed before {@code now}, oldest first. */
    public Uni<List<OverdueCall>> overdue(Instant now, int limit) {
        return pool.preparedQuery(OVERDUE).execute(Tuple.of(SqlTime.of(now), limit)).map(rows -> {
            List<OverdueCall> calls = new ArrayList<>(rows.size());
            for (Row row : rows) {
                calls.add(new OverdueCall(row.getUUID("id"), row.getUUID("campaign_id")));
            }
            return calls;
        });
    }
}
