package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.domain.StartPace;
import io.voxcampaigns.events.common.CampaignFailureReason;

/** The dispatcher's own changes to a campaign row; each runs under the row lock of the calling transaction. */
@ApplicationScoped
public class DispatchState {

    /**
     * SET clause of a campaign that has tasks to call again (appended, or queued again): a drained one runs again,
     * ongoing if it ever started a call, else pending. Qualified, so it also serves an upsert's DO UPDATE.
     */
    static final String RUNS_AGAIN = """
            drained_at = null,
                status = case when dispatch_campaign.status = 'success'
                    then case when dispatch_campaign.started then 'ongoing' else 'pending' end
                    else dispatch_campaign.status end""";

    private static final String SLOTS = """
            update dispatch_campaign
            set in_progress = in_progress - $2 - $3 + $4, tasks_terminal = tasks_terminal + $8,
                started = started or $5,
                status = case when $5 and status = 'pending' then 'ongoing' else status end,
                runtime_refused_since = $6, runtime_error = $7
            where campaign_id = $1 and ($4 = 0 or in_progress - $2 - $3 + $4 <= concurrency)
            """;
    private static final String CANCELED = """
            update dispatch_campaign set tasks_terminal = tasks_terminal + $2,
                failure_announced = failure_announced or $3
            where campaign_id = $1
            """;
    private static final String SCHEDULE_REACHED =
            "update dispatch_campaign set status = 'pending' where campaign_id = $1";
    private static final String THROTTLED = """
            update dispatch_campaign set throttle_reason = $2
            where campaign_id = $1 and throttle_reason is distinct from $2
            """;
    private static final String PACED = "update dispatch_campaign set pace_next_at = $2 where campaign_id = $1";
    private static final String PAUSED_FOR_WINDOW = """
            update dispatch_campaign set status = 'paused', paused_by = 'system', pause_reason = 'window',
                resume_on_open = $2, open_announced = false
            where campaign_id = $1
            """;
    private static final String RESUMED_FOR_WINDOW = """
            update dispatch_campaign set status = case when started then 'ongoing' else 'pending' end,
                paused_by = null, pause_reason = null, resume_on_open = false, open_announced = false
            where campaign_id = $1
            """;
    private static final String PAUSED_FOR_RUNTIME = """
            update dispatch_campaign set status = 'paused', paused_by = 'system', pause_reason = 'runtime',
                resume_on_open = false, open_announced = false
            where campaign_id = $1
            """;
    private static final String RESUMED_FOR_RUNTIME = """
            update dispatch_campaign set status = case when started then 'ongoing' else 'pending' end,
                paused_by = null, pause_reason = null, runtime_refused_since = null, runtime_error = null
            where campaign_id = $1
            """;
    private static final String OPEN_ANNOUNCED =
            "update dispatch_campaign set open_announced = true where campaign_id = $1";
    private static final String DRAINED = """
            update dispatch_campaign set status = 'success', drained_at = $2 where campaign_id = $1
            """;
    private static final String FAILED = """
            update dispatch_campaign set status = 'fail', failure_reason = $2, failure_announced = false
            where campaign_id = $1
            """;

    /**
     * Frees the slots of {@code ended} attempts and of {@code released} claims (their tasks are queued again), counts
     * {@code terminal} tasks (ended attempts whose task gets no other, expired retries), takes slots for
     * {@code claimed} ones, guarded by the cap itself: false (nothing
     * changed) when the attempts holding slots would exceed the concurrency, which the caller treats as a broken
     * invariant and rolls back. {@code placed}: a call was announced as started (the campaign runs). The runtime's
     * refusal state is stored as given.
     */
    public Uni<Boolean> settle(SqlConnection connection, UUID campaignId, SlotChange change) {
        Tuple params = Tuple.tuple().addValue(campaignId).addValue(change.ended()).addValue(change.released())
                .addValue(change.claimed()).addValue(change.placed()).addValue(SqlTime.of(change.refusedSince()))
                .addValue(change.refusal()).addValue(change.terminal());
        return connection.preparedQuery(SLOTS).execute(params).map(rows -> rows.rowCount() == 1);
    }

    /** What a round changed on the campaign's slots, tasks and view of the runtime. */
    public record SlotChange(int ended, int released, int claimed, boolean placed, Instant refusedSince,
                             String refusal, int terminal) {

        public boolean none(CampaignRow before) {
            return ended == 0 && released == 0 && claimed == 0 && !placed && terminal == 0
                    && Objects.equals(refusedSince, before.runtimeRefusedSince())
                    && Objects.equals(refusal, before.runtimeError());
        }
    }

    public Uni<Void> canceled(SqlConnection connection, UUID campaignId, int tasks, boolean failureAnnounced) {
        return update(connection, CANCELED, Tuple.of(campaignId, tasks, failureAnnounced));
    }

    public Uni<Void> scheduleReached(SqlConnection connection, UUID campaignId) {
        return update(connection, SCHEDULE_REACHED, Tuple.of(campaignId));
    }

    /** Records what holds the campaign back (null: nothing); true when that changed. */
    public Uni<Boolean> throttled(SqlConnection connection, UUID campaignId, String reason) {
        return connection.preparedQuery(THROTTLED).execute(Tuple.of(campaignId, reason))
                .map(rows -> rows.rowCount() > 0);
    }

    /** The campaign started calls under its max_calls_per_second: its next may start at {@code pace}'s time. */
    public Uni<Void> paced(SqlConnection connection, UUID campaignId, StartPace pace) {
        return update(connection, PACED, Tuple.of(campaignId, SqlTime.of(pace.nextAt())));
    }

    public Uni<Void> pausedForWindow(SqlConnection connection, UUID campaignId, boolean resumeOnOpen) {
        return update(connection, PAUSED_FOR_WINDOW, Tuple.of(campaignId, resumeOnOpen));
    }

    /** Resumed by itself when {@code resumed}; else the opening was announced and the user's resume is awaited. */
    public Uni<Void> windowOpened(SqlConnection connection, UUID campaignId, boolean resumed) {
        return update(connection, resumed ? RESUMED_FOR_WINDOW : OPEN_ANNOUNCED, Tuple.of(campaignId));
    }

    public Uni<Void> pausedForRuntime(SqlConnection connection, UUID campaignId) {
        return update(connection, PAUSED_FOR_RUNTIME, Tuple.of(campaignId));
    }

    public Uni<Void> resumedForRuntime(SqlConnection connection, UUID campaignId) {
        return update(connection, RESUMED_FOR_RUNTIME, Tuple.of(campaignId));
    }

    public Uni<Void> drained(SqlConnection connection, UUID campaignId, Instant at) {
        return update(connection, DRAINED, Tuple.of(campaignId, SqlTime.of(at)));
    }

    public Uni<Void> failed(SqlConnection connection, UUID campaignId, CampaignFailureReason reason) {
        return update(connection, FAILED, Tuple.of(campaignId, reason.name()));
    }

    private static Uni<Void> update(SqlConnection connection, String sql, Tuple params) {
        return connection.preparedQuery(sql).execute(params).replaceWithVoid();
    }
}
