package io.voxcampaigns.dispatcher.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Campaign ids the engine wakes: the unfinished ones (page by page, for the sweep) and those of one agent. */
@ApplicationScoped
public class CampaignIds {

    private static final String PAGE = """
            select campaign_id from dispatch_campaign
            where campaign_id > $1 and settings_at is not null and drained_at is null
              and (status not in ('success', 'fail', 'canceled')
                   or tasks_stored > tasks_terminal + in_progress
                   or (failure_reason is not null and not failure_announced)
                   or in_progress > 0)
            order by campaign_id limit $2
            """;
    private static final String USING_AGENT = "select campaign_id from dispatch_campaign where agent_id = $1";
    private static final String HELD_BY_POOL = """
            select campaign_id from dispatch_campaign
            where organization_id = $1 and throttle_reason = 'org_pool_full' and campaign_id <> $2
            """;

    private final Pool pool;

    CampaignIds(Pool pool) {
        this.pool = pool;
    }

    /** Up to {@code limit} unfinished campaign ids after {@code after} (use the nil UUID for the first page). */
    public Uni<List<UUID>> unfinished(UUID after, int limit) {
        return ids(PAGE, Tuple.of(after, limit));
    }

    /** The campaigns that dial with this agent. */
    public Uni<List<UUID>> usingAgent(UUID agentId) {
        return ids(USING_AGENT, Tuple.of(agentId));
    }

    /** The organisation's other campaigns its concurrency pool holds back. */
    public Uni<List<UUID>> heldByPool(String organizationId, UUID except) {
        return ids(HELD_BY_POOL, Tuple.of(organizationId, except));
    }

    private Uni<List<UUID>> ids(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            List<UUID> ids = new ArrayList<>(rows.size());
            for (Row row : rows) {
                ids.add(row.getUUID("campaign_id"));
            }
            return ids;
        });
    }
}
