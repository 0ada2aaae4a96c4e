package io.voxcampaigns.dispatcher.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Stores a batch of tasks in the backlog with one multi-row INSERT, in the consumer's transaction, and counts the
 * newly stored ones on the campaign row (created empty when the tasks come before the settings). A task already
 * stored is skipped, so a batch applied twice stores nothing twice. New tasks for a drained campaign (appended after
 * it finished) make it run again.
 */
@ApplicationScoped
public class TaskBatchWriter {

    /** Orders tasks of a campaign: batch index times this plus the position in the batch. */
    static final long SEQ_PER_BATCH = 1_000_000L;
    private static final String HEAD = "insert into dispatch_task (task_id, campaign_id, organization_id, seq, "
            + "call_to, dynamic_variables, metadata_json, presentation_number, night_consent, state) values ";
    // New tasks for a campaign that had drained (recipients appended after it finished) make it run again.
    private static final String COUNT = """
            insert into dispatch_campaign (campaign_id, organization_id, tasks_stored) values (:id, :org, :stored)
            on conflict (campaign_id) do update
                set tasks_stored = dispatch_campaign.tasks_stored + excluded.tasks_stored,
            """ + DispatchState.RUNS_AGAIN;

    /** One task as stored; {@code dynamicVariables} is a JSON object of strings. */
    public record NewTask(UUID taskId, String callTo, String dynamicVariables, String metadataJson,
                          String presentationNumber, boolean nightConsent) {
    }

    public Uni<Integer> insert(UUID campaignId, String organizationId, int batchIndex, List<NewTask> tasks) {
        if (tasks.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Panache.getSession().chain(session -> insertRows(session, campaignId, organizationId, batchIndex, tasks)
                .call(stored -> stored == 0 ? Uni.createFrom().voidItem() : session.createNativeQuery(COUNT).setParameter("id", campaignId)
                        .setParameter("org", organizationId).setParameter("stored", stored).executeUpdate()));
    }

    private static Uni<Integer> insertRows(Mutiny.Session session, UUID campaignId, String organizationId,
                                           int batchIndex, List<NewTask> tasks) {
        StringBuilder sql = new StringBuilder(HEAD.length() + tasks.size() * 80).append(HEAD);
        for (int i = 0; i < tasks.size(); i++) {
            if (i > 0) {
                sql.append(',');
            }
            // seq and the night consent (a boolean) are written inline; every string from the event is a parameter.
            sql.append("(:id").append(i).append(", :campaign, :org, ").append(batchIndex * SEQ_PER_BATCH + i)
                    .append(", :to").append(i).append(", :vars").append(i).append(", :meta").append(i)
                    .append(", :pres").append(i).append(", ").append(tasks.get(i).nightConsent())
                    .append(", 'queued')");
        }
        sql.append(" on conflict (task_id) do nothing");
        Mutiny.MutationQuery query = session.createNativeQuery(sql.toString())
                .setParameter("campaign", campaignId)
                .setParameter("org", organizationId);
        for (int i = 0; i < tasks.size(); i++) {
            NewTask task = tasks.get(i);
            query.setParameter("id" + i, task.taskId())
                    .setParameter("to" + i, task.callTo())
                    .setParameter("vars" + i, task.dynamicVariables())
                    .setParameter("meta" + i, task.metadataJson())
                    .setParameter("pres" + i, task.presentationNumber());
        }
        return query.executeUpdate();
    }
}
