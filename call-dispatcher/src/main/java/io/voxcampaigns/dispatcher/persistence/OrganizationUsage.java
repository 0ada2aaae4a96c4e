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
import io.voxcampaigns.dispatcher.domain.PoolShare.Demand;

/**
 * What an organisation's limits are checked against, read under its lock: the calls its campaigns hold and could use
 * (the pool), and the start-rate schedules of the organisation and its outbound numbers. Every round that starts calls
 * of an organisation with limits takes the lock first (after its campaign's row lock), so two campaigns, on any
 * replicas, count one after the other, each on what the previous one committed.
 */
@ApplicationScoped
public class OrganizationUsage {

    private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended($1, 0))";
    // Campaigns holding calls, or running with tasks left: their concurrency and what they could hold now.
    private static final String DEMANDS = """
            select campaign_id, coalesce(concurrency, 0) as concurrency, in_progress,
                   case when status in ('pending', 'ongoing')
                        then least(coalesce(concurrency, 0), greatest(tasks_stored - tasks_terminal, in_progress))
                        else in_progress end as demand
            from dispatch_campaign
            where organization_id = $1
              and (in_progress > 0 or (status in ('pending', 'ongoing') and tasks_stored > tasks_terminal))
            """;
    private static final String PACE = "select next_at from organization_pace where pace_key = $1";
    private static final String PACED = """
            insert into organization_pace (pace_key, next_at) values ($1, $2)
            on conflict (pace_key) do update set next_at = excluded.next_at
            """;

    /** A campaign of the organisation: the calls it holds and its demand on the pool. */
    public record CampaignUse(Demand demand, int inProgress) {
    }

    public Uni<Void> lock(SqlConnection connection, String organizationId) {
        return connection.preparedQuery(LOCK).execute(Tuple.of("org-limits:" + organizationId)).replaceWithVoid();
    }

    public Uni<List<CampaignUse>> campaigns(SqlConnection connection, String organizationId) {
        return connection.preparedQuery(DEMANDS).execute(Tuple.of(organizationId)).map(rows -> {
            List<CampaignUse> uses = new ArrayList<>(rows.size());
            for (Row row : rows) {
                UUID id = row.getUUID("campaign_id");
                uses.add(new CampaignUse(new Demand(id, row.getInteger("concurrency"), row.getInteger("demand")),
                        row.getInteger("in_progress")));
            }
            return uses;
        });
    }

    /** When the next start under this schedule is due; null when none started yet. */
    public Uni<Instant> pace(SqlConnection connection, String key) {
        return connection.preparedQuery(PACE).execute(Tuple.of(key)).map(rows -> rows.size() == 0 ? null
                : SqlTime.instant(rows.iterator().next().getOffsetDateTime("next_at")));
    }

    public Uni<Void> paced(SqlConnection connection, String key, Instant nextAt) {
        return connection.preparedQuery(PACED).execute(Tuple.of(key, SqlTime.of(nextAt))).replaceWithVoid();
    }

    public static String organizationPace(String organizationId) {
        return "org:" + organizationId;
    }

    public static String numberPace(String organizationId, String number) {
        return "number:" + organizationId + ":" + number;
    }
}
