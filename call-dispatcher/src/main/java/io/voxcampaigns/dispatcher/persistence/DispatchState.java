package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.common.CampaignFailureReason;

/** The dispatcher's own changes to a campaign row; each runs under the row lock of the calling transaction. */
@ApplicationScoped
public class DispatchState {

    private static final String SLOTS = """
            update dispatch_campaign
            set in_progress = in_progress - $2 + $3, tasks_terminal = tasks_terminal + $2,
                started = started or $3 > 0,
                status = case when $3 > 0 and status = 'pending' then 'ongoing' else status end
            where campaign_id = $1 and ($3 = 0 or in_progress - $2 + $3 <= concurrency)
            """;
    private static final String CANCELED = """
            update dispatch_campaign set tasks_terminal = tasks_terminal + $2,
                failure_announced = failure_announced or $3
            where campaign_id = $1
            """;
    private static final String SCHEDULE_REACHED =
            "update dispatch_campaign set status = 'pending' where campaign_id = $1";
    private static final String PAUSED_FOR_WINDOW = """
            update dispatch_campaign set status = 'paused', paused_by = 'system', resume_on_open = $2,
                open_announced = false
            where campaign_id = $1
            """;
    private static final String RESUMED_FOR_WINDOW = """
            update dispatch_campaign set status = case when started then 'ongoing' else 'pending' end,
                paused_by = null, resume_on_open = false, open_announced = false
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
     * Frees the slots of {@code ended} calls (their tasks are terminal) and takes slots for {@code started} ones,
     * guarded by the cap itself: false (nothing changed) when the calls in progress would exceed the concurrency,
     * which the caller treats as a broken invariant and rolls back.
     */
    public Uni<Boolean> slots(SqlConnection connection, UUID campaignId, int ended, int started) {
        return connection.preparedQuery(SLOTS).execute(Tuple.of(campaignId, ended, started))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Void> canceled(SqlConnection connection, UUID campaignId, int tasks, boolean failureAnnounced) {
        return update(connection, CANCELED, Tuple.of(campaignId, tasks, failureAnnounced));
    }

    public Uni<Void> scheduleReached(SqlConnection connection, UUID campaignId) {
        return update(connection, SCHEDULE_REACHED, Tuple.of(campaignId));
    }

    public Uni<Void> pausedForWindow(SqlConnection connection, UUID campaignId, boolean resumeOnOpen) {
        return update(connection, PAUSED_FOR_WINDOW, Tuple.of(campaignId, resumeOnOpen));
    }

    /** Resumed by itself when {@code resumed}; else the opening was announced and the user's resume is awaited. */
    public Uni<Void> windowOpened(SqlConnection connection, UUID campaignId, boolean resumed) {
        return update(connection, resumed ? RESUMED_FOR_WINDOW : OPEN_ANNOUNCED, Tuple.of(campaignId));
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
