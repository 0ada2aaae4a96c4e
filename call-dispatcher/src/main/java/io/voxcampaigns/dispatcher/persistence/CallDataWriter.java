package io.voxcampaigns.dispatcher.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.domain.CallData;

/**
 * Keeps what the voice runtime's webhooks say about a call's content: transcript, recording, analysis, cost and the
 * agent's opt-out. Outside the dispatch rounds: none of it changes the attempt's lifecycle. Once the runtime said the
 * agent opted out, no transcript, recording or analysis is kept for the call (any kept before is dropped); a value
 * a webhook does not carry keeps the stored one.
 */
@ApplicationScoped
public class CallDataWriter {

    private static final String WRITE = """
            with next as (
                select c.id, o.opt_out,
                    case when o.opt_out then null else coalesce($3, c.transcript) end as transcript,
                    case when o.opt_out then null else coalesce($4, c.recording_url) end as recording_url,
                    case when o.opt_out then null else coalesce($5, c.call_analysis) end as call_analysis,
                    coalesce($6, c.call_cost) as call_cost
                from call c, lateral (select c.opt_out_sensitive_data_storage or coalesce($2, false) as opt_out) o
                where c.id = $1)
            update call c set opt_out_sensitive_data_storage = n.opt_out, transcript = n.transcript,
                recording_url = n.recording_url, call_analysis = n.call_analysis, call_cost = n.call_cost
            from next n
            where c.id = n.id and (c.opt_out_sensitive_data_storage, c.transcript, c.recording_url, c.call_analysis,
                                   c.call_cost) is distinct from
                  (n.opt_out, n.transcript, n.recording_url, n.call_analysis, n.call_cost)
            """;

    private final Pool pool;

    public CallDataWriter(Pool pool) {
        this.pool = pool;
    }

    /** Stores the data; true when it changed the call (false for a repeat). */
    public Uni<Boolean> write(UUID callId, CallData data) {
        if (!data.any()) {
            return Uni.createFrom().item(false);
        }
        Tuple params = Tuple.tuple().addUUID(callId).addValue(data.optOut()).addString(data.transcript())
                .addString(data.recordingUrl()).addString(data.callAnalysis()).addString(data.callCost());
        return pool.preparedQuery(WRITE).execute(params).map(rows -> rows.rowCount() > 0);
    }
}
