package io.voxcampaigns.dispatcher.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Records that a call's recipient refused further calls: the call is marked (once), and its number joins the
 * organisation's suppression list here at once, without expiry, so no later claim of any campaign takes it, before
 * campaign-service has even heard of it.
 */
@ApplicationScoped
public class OptOuts {

    private static final String MARK = """
            with marked as (
                update call set opted_out = true where id = $1 and not opted_out
                returning organization_id, campaign_id, task_id, to_number),
            listed as (
                insert into dispatch_suppression (organization_id, number, expires_at)
                select organization_id, to_number, null from marked
                on conflict (organization_id, number) do update set expires_at = null)
            select organization_id, campaign_id, task_id, to_number from marked
            """;

    /** The call whose recipient refused: its organisation, campaign, task and number. */
    public record OptedOut(String organizationId, UUID campaignId, UUID taskId, String number) {
    }

    /** Marks the call and lists its number; null when the call was already marked (a repeated webhook). */
    public Uni<OptedOut> record(SqlConnection connection, UUID callId) {
        return connection.preparedQuery(MARK).execute(Tuple.of(callId)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            return new OptedOut(row.getString("organization_id"), row.getUUID("campaign_id"),
                    row.getUUID("task_id"), row.getString("to_number"));
        });
    }
}
