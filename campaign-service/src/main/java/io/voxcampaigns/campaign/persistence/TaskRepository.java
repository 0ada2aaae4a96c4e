package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.TaskStatus;
import io.voxcampaigns.platform.paging.PageRequest;
import io.voxcampaigns.platform.paging.SortOrder;

/**
 * Reads a campaign's tasks in request order. Pages are keyed by seq (a campaign's tasks share one created_at), so
 * the cursor's time slot carries the seq of the last task shown.
 */
@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<CampaignTask, UUID> {

    private static final String EXTERNAL_IDS = "select external_id, id from campaign_task "
            + "where campaign_id = :campaign and external_id = any(cast(:ids as text[]))";

    public Uni<List<CampaignTask>> page(UUID campaignId, TaskStatus status, PageRequest request) {
        Parameters params = parameters(campaignId, status);
        String query = where(status);
        boolean asc = request.order() == SortOrder.ASC;
        if (request.after() != null) {
            query += asc ? " and seq > :afterSeq" : " and seq < :afterSeq";
            params.and("afterSeq", (int) request.after().createdAtMillis());
        }
        query += asc ? " order by seq asc" : " order by seq desc";
        return find(query, params).range(0, request.limit()).list();
    }

    public Uni<Long> count(UUID campaignId, TaskStatus status) {
        return count(where(status), parameters(campaignId, status));
    }

    /** How many of the campaign's tasks are in each status (statuses without tasks are absent). */
    public Uni<Map<TaskStatus, Long>> countByStatus(UUID campaignId) {
        String query = "select t.status, count(t) from CampaignTask t where t.campaignId = :campaign group by t.status";
        return Panache.getSession().chain(session -> session.createQuery(query, Object[].class)
                .setParameter("campaign", campaignId)
                .getResultList()
                .map(rows -> {
                    Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
                    rows.forEach(row -> counts.put((TaskStatus) row[0], (Long) row[1]));
                    return counts;
                }));
    }

    /** Marks the campaign's queued tasks canceled (cancel_reason campaign_ended), dated {@code at}; answers how many. */
    public Uni<Integer> cancelQueued(UUID campaignId, Instant at) {
        return update("status = :canceled, cancelReason = :reason, updatedAt = :at where campaignId = :campaign "
                        + "and status = :queued",
                Parameters.with("canceled", TaskStatus.CANCELED).and("reason", TaskCallStates.CAMPAIGN_ENDED)
                        .and("at", at).and("campaign", campaignId).and("queued", TaskStatus.QUEUED));
    }

    /** Of these client ids, those the campaign's tasks already have, each with its task's id. */
    public Uni<Map<String, UUID>> externalIds(UUID campaignId, List<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(EXTERNAL_IDS, Object[].class)
                .setParameter("campaign", campaignId)
                .setParameter("ids", externalIds.toArray(String[]::new))
                .getResultList()
                .map(rows -> {
                    Map<String, UUID> found = new HashMap<>();
                    rows.forEach(row -> found.put((String) row[0], (UUID) row[1]));
                    return found;
                }));
    }

    /** The campaign's task, or null. */
    public Uni<CampaignTask> inCampaign(UUID campaignId, UUID taskId) {
        return find("id = ?1 and campaignId = ?2", taskId, campaignId).firstResult();
    }

    /** The ids of the campaign's failed tasks in order, those whose last call ended for one of {@code reasons} if given. */
    public Uni<List<UUID>> failedIds(UUID campaignId, List<String> reasons) {
        String sql = "select id from campaign_task where campaign_id = :campaign and status = 'FAILED'"
                + (reasons == null ? "" : " and last_disconnection_reason = any(cast(:reasons as text[]))")
                + " order by seq";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, UUID.class).setParameter("campaign", campaignId);
            if (reasons != null) {
                query.setParameter("reasons", reasons.toArray(String[]::new));
            }
            return query.getResultList();
        });
    }

    private static String where(TaskStatus status) {
        return status == null ? "campaignId = :campaign" : "campaignId = :campaign and status = :status";
    }

    private static Parameters parameters(UUID campaignId, TaskStatus status) {
        Parameters params = Parameters.with("campaign", campaignId);
        return status == null ? params : params.and("status", status);
    }
}
