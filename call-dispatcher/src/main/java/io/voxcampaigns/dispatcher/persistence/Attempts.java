package io.voxcampaigns.dispatcher.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.domain.Attempt;
import io.voxcampaigns.dispatcher.domain.AttemptPhase;

/**
 * The campaign's attempts (call rows) inside a dispatch round, which holds the campaign's row lock: every change to
 * an attempt happens there, read into {@link Attempt}, changed by the lifecycle rules, and written back.
 */
@ApplicationScoped
public class Attempts {

    /** The phases in which an attempt may still be sent, as an SQL list. */
    static final String UNSETTLED = Arrays.stream(AttemptPhase.values()).filter(AttemptPhase::unsettled)
            .map(phase -> "'" + phase.value() + "'").collect(Collectors.joining(", ", "(", ")"));
    private static final String READ = "select " + AttemptRow.COLUMNS
            + " from call where campaign_id = $1 and id = any($2)";
    private static final String WRITE = """
            update call c set phase = u.phase, uncertain = u.uncertain, requests = u.requests,
                next_request_at = u.next_request_at, runtime_call_id = u.runtime_call_id, placed_at = u.placed_at,
                first_request_at = u.first_request_at, last_request_at = u.last_request_at,
                deadline_at = u.deadline_at, last_error = u.last_error, status = u.status,
                disconnection_reason = u.reason, end_at = u.end_at, duration_ms = u.duration_ms,
                ringing_at = u.ringing_at, start_at = u.start_at
            from unnest($1::uuid[], $2::text[], $3::bool[], $4::int[], $5::timestamptz[], $6::text[],
                        $7::timestamptz[], $8::timestamptz[], $9::timestamptz[], $10::timestamptz[], $11::text[],
                        $12::text[], $13::text[], $14::timestamptz[], $15::bigint[], $16::timestamptz[],
                        $17::timestamptz[])
                as u(id, phase, uncertain, requests, next_request_at, runtime_call_id, placed_at, first_request_at,
                     last_request_at, deadline_at, last_error, status, reason, end_at, duration_ms, ringing_at,
                     start_at)
            where c.id = u.id
            """;
    private static final String DUE = "select " + AttemptRow.COLUMNS + " from call where campaign_id = $1 and owner = $2"
            + " and phase in " + UNSETTLED + " and next_request_at <= $3 order by next_request_at, created_at limit $4";
    private static final String NEXT_DUE = "select min(next_request_at) as next from call where campaign_id = $1"
            + " and owner = $2 and phase in " + UNSETTLED;
    private static final String RELEASE = """
            with released as (delete from call where campaign_id = $1 and phase = 'claimed' returning task_id)
            update dispatch_task t set state = case when t.attempts > 1 then 'retry' else 'queued' end,
                attempts = t.attempts - 1, attempt_id = null, call_id = null
            from released r where t.task_id = r.task_id
            """;
    private static final String ADOPT = "update call c set owner = $2 where c.campaign_id = $1 and c.phase in "
            + UNSETTLED + " and c.owner is distinct from $2 and not exists (select 1 from dispatcher_instance i"
            + " where i.instance_id = c.owner and i.heartbeat_at > now() - make_interval(secs => $3)) returning "
            + AttemptRow.COLUMNS;
    private static final String PAST_DEADLINE = "select " + AttemptRow.COLUMNS + " from call where campaign_id = $1"
            + " and phase in " + UNSETTLED + " and deadline_at < $2";

    /** The campaign's attempts among {@code callIds}; ids of other campaigns or unknown ones are left out. */
    public Uni<List<AttemptRow>> read(SqlConnection connection, UUID campaignId, List<UUID> callIds) {
        return connection.preparedQuery(READ).execute(Tuple.of(campaignId, callIds.toArray(UUID[]::new)))
                .map(Attempts::rows);
    }

    /** Writes the changed state of these attempts, in one statement. */
    public Uni<Void> write(SqlConnection connection, List<AttemptRow> changed) {
        if (changed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int size = changed.size();
        UUID[] ids = new UUID[size];
        String[] phases = new String[size];
        Boolean[] uncertain = new Boolean[size];
        Integer[] requests = new Integer[size];
        OffsetDateTime[] nextRequest = new OffsetDateTime[size];
        String[] runtimeIds = new String[size];
        OffsetDateTime[] placed = new OffsetDateTime[size];
        OffsetDateTime[] firstRequest = new OffsetDateTime[size];
        OffsetDateTime[] lastRequest = new OffsetDateTime[size];
        OffsetDateTime[] deadline = new OffsetDateTime[size];
        String[] errors = new String[size];
        String[] statuses = new String[size];
        String[] reasons = new String[size];
        OffsetDateTime[] ended = new OffsetDateTime[size];
        Long[] durations = new Long[size];
        OffsetDateTime[] ringing = new OffsetDateTime[size];
        OffsetDateTime[] connected = new OffsetDateTime[size];
        for (int i = 0; i < size; i++) {
            Attempt a = changed.get(i).attempt();
            ids[i] = changed.get(i).callId();
            phases[i] = a.phase().value();
            uncertain[i] = a.uncertain();
            requests[i] = a.requests();
            nextRequest[i] = SqlTime.of(a.nextRequestAt());
            runtimeIds[i] = a.runtimeCallId();
            placed[i] = SqlTime.of(a.placedAt());
            firstRequest[i] = SqlTime.of(a.firstRequestAt());
            lastRequest[i] = SqlTime.of(a.lastRequestAt());
            deadline[i] = SqlTime.of(a.deadlineAt());
            errors[i] = truncate(a.lastError());
            statuses[i] = a.apiStatus();
            reasons[i] = a.reason() == null ? null : a.reason().name();
            ended[i] = SqlTime.of(a.endedAt());
            durations[i] = a.durationMs();
            ringing[i] = SqlTime.of(a.ringingAt());
            connected[i] = SqlTime.of(a.connectedAt());
        }
        Tuple params = Tuple.tuple().addValue(ids).addValue(phases).addValue(uncertain).addValue(requests)
                .addValue(nextRequest).addValue(runtimeIds).addValue(placed).addValue(firstRequest)
                .addValue(lastRequest).addValue(deadline).addValue(errors).addValue(statuses).addValue(reasons).addValue(ended).addValue(durations)
                .addValue(ringing).addValue(connected);
        return connection.preparedQuery(WRITE).execute(params).replaceWithVoid();
    }

    /** Up to {@code limit} unsettled attempts of the campaign that {@code owner} sends and that are due now. */
    public Uni<List<AttemptRow>> due(SqlConnection connection, UUID campaignId, UUID owner, Instant now, int limit) {
        return connection.preparedQuery(DUE).execute(Tuple.of(campaignId, owner, SqlTime.of(now), limit))
                .map(Attempts::rows);
    }

    /** When the earliest unsettled attempt {@code owner} holds for the campaign is due; null when it holds none. */
    public Uni<Instant> nextDue(SqlConnection connection, UUID campaignId, UUID owner) {
        return connection.preparedQuery(NEXT_DUE).execute(Tuple.of(campaignId, owner))
                .map(rows -> SqlTime.instant(rows.iterator().next().getOffsetDateTime("next")));
    }

    /** Gives every claim the runtime certainly does not hold back to the queue; answers how many. */
    public Uni<Integer> releaseClaims(SqlConnection connection, UUID campaignId) {
        return connection.preparedQuery(RELEASE).execute(Tuple.of(campaignId)).map(RowSet::rowCount);
    }

    /**
     * Makes {@code owner} the sender of the campaign's unsettled attempts whose owner's heartbeat is older than
     * {@code instanceTimeout} (or that have none); answers them as they were.
     */
    public Uni<List<AttemptRow>> adoptOrphans(SqlConnection connection, UUID campaignId, UUID owner,
                                              Duration instanceTimeout) {
        double seconds = instanceTimeout.toMillis() / 1000.0;
        return connection.preparedQuery(ADOPT).execute(Tuple.of(campaignId, owner, seconds)).map(Attempts::rows);
    }

    /** The campaign's unsettled attempts whose deadline passed before {@code now}. */
    public Uni<List<AttemptRow>> unsettledPastDeadline(SqlConnection connection, UUID campaignId, Instant now) {
        return connection.preparedQuery(PAST_DEADLINE).execute(Tuple.of(campaignId, SqlTime.of(now)))
                .map(Attempts::rows);
    }

    static List<AttemptRow> rows(RowSet<Row> rows) {
        List<AttemptRow> attempts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            attempts.add(AttemptRow.from(row));
        }
        return attempts;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 200 ? error : error.substring(0, 197) + "...";
    }
}
