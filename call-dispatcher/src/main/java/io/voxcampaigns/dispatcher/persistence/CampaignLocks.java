package io.voxcampaigns.dispatcher.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.platform.schedule.HolidayCalendars;

/**
 * Locks a campaign's row for one dispatch decision. Every change to a campaign's slots, status or counters holds
 * this lock until commit, so replicas decide one after the other, each on the state the previous one committed,
 * and the campaign's events enter the outbox in commit order.
 */
@ApplicationScoped
public class CampaignLocks {

    private static final String READ = """
            select c.*, av.deleted as agent_deleted, s.ring_seconds, s.timeout_seconds,
                   exists (select 1 from dispatch_task t where t.campaign_id = c.campaign_id and t.state = 'retry')
                       as retries_waiting,
                   exists (select 1 from dispatch_task t where t.campaign_id = c.campaign_id
                           and t.requeue_at is not null) as requeues_pending,
                   case when c.purpose = 'advertising' then exists (select 1 from dispatch_task t
                           where t.campaign_id = c.campaign_id and t.night_consent and t.state = 'queued')
                       else false end as night_consent_queued
            from dispatch_campaign c
            left join agent_view av on av.agent_id = c.agent_id
            left join agent_call_settings s on s.agent_id = c.agent_id and s.version_label = c.agent_version
            where c.campaign_id = $1
            """;
    private static final String LOCK_OR_SKIP = READ + " for update of c skip locked";
    private static final String LOCK = READ + " for update of c";

    private final HolidayCalendars calendars;

    CampaignLocks(HolidayCalendars calendars) {
        this.calendars = calendars;
    }

    /**
     * The row, locked; null when it does not exist or another transaction holds it. Skipping is safe: the holder
     * acquired the lock after every change that woke us committed, so it decides on that state.
     */
    public Uni<CampaignRow> lockOrSkip(SqlConnection connection, UUID campaignId) {
        return connection.preparedQuery(LOCK_OR_SKIP).execute(Tuple.of(campaignId)).map(this::first);
    }

    /**
     * The row, locked, waiting for another holder if need be: what a transaction that ends calls does, since
     * outcomes must not be skipped. The campaign row is always locked before any call or task row.
     */
    public Uni<CampaignRow> lock(SqlConnection connection, UUID campaignId) {
        return connection.preparedQuery(LOCK).execute(Tuple.of(campaignId)).map(this::first);
    }

    private CampaignRow first(RowSet<Row> rows) {
        return rows.size() == 0 ? null : CampaignRow.from(rows.iterator().next(), calendars);
    }
}
