package io.voxcampaigns.dispatcher.engine;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.voxcampaigns.dispatcher.domain.DispatchStatus;
import io.voxcampaigns.dispatcher.persistence.CampaignRow;
import io.voxcampaigns.dispatcher.persistence.TaskRequeues;

/**
 * A round's part in callbacks and re-runs (docs: dispatch, "Callbacks and re-runs"): after the round's own attempt
 * changes are written, the tasks asked for one more attempt that have none in progress are queued again, each with a
 * TaskRequeued; a canceled or failed campaign queues nothing again.
 */
@ApplicationScoped
class RoundRequeues {

    private final TaskRequeues requeues;

    RoundRequeues(TaskRequeues requeues) {
        this.requeues = requeues;
    }

    /** Queues the campaign's marked tasks again, adding their events; answers how many. */
    Uni<Integer> requeue(SqlConnection connection, CampaignRow campaign, Instant now, List<SpecificRecord> events) {
        boolean ended = campaign.status() == DispatchStatus.CANCELED || campaign.status() == DispatchStatus.FAIL;
        if (!campaign.requeuesPending() || ended) {
            return Uni.createFrom().item(0);
        }
        return requeues.requeue(connection, campaign.campaignId()).map(requeued -> {
            requeued.forEach(task -> events.add(CallEvents.requeued(campaign, task, now)));
            return requeued.size();
        });
    }
}
