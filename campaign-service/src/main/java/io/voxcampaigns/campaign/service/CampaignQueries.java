package io.voxcampaigns.campaign.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.CampaignFilter;
import io.voxcampaigns.campaign.domain.TaskStatus;
import io.voxcampaigns.campaign.domain.WaitReason;
import io.voxcampaigns.campaign.persistence.CallingHoursColumn;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.CampaignRepository;
import io.voxcampaigns.campaign.persistence.CampaignTask;
import io.voxcampaigns.campaign.persistence.SuppressionRepository;
import io.voxcampaigns.campaign.persistence.TaskRepository;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;
import io.voxcampaigns.platform.schedule.CallPurpose;

/**
 * Reads of the caller's campaigns and their tasks; a campaign that is missing or another organisation's is a 404.
 * Pages of campaigns are keyed by (created_at, id), pages of tasks by seq.
 */
@ApplicationScoped
public class CampaignQueries {

    private final CampaignRepository campaigns;
    private final TaskRepository tasks;
    private final SuppressionRepository suppressions;
    private final CallingHoursColumn windows;
    private final Clock clock;

    CampaignQueries(CampaignRepository campaigns, TaskRepository tasks, SuppressionRepository suppressions,
                    CallingHoursColumn windows, Clock clock) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.suppressions = suppressions;
        this.windows = windows;
        this.clock = clock;
    }

    @WithSession
    public <T> Uni<T> campaign(String organizationId, UUID id, Function<Campaign, T> view) {
        return find(organizationId, id).map(view);
    }

    @WithSession
    public <T> Uni<Page<T>> campaigns(CampaignFilter filter, PageRequest request,
                                      Function<Campaign, T> view) {
        return campaigns.page(filter, request).chain(rows -> campaigns.count(filter)
                .map(total -> request.page(rows, total, view, c -> c.createdAt.toEpochMilli(), c -> c.id)));
    }

    /**
     * The campaign's tasks, optionally of one status (null: any), each shown with why it is not being dialled now
     * (null: it is not queued, or may be).
     */
    @WithSession
    public <T> Uni<Page<T>> tasks(String organizationId, UUID campaignId, TaskStatus status, PageRequest request,
                                  BiFunction<CampaignTask, WaitReason, T> view) {
        Instant now = clock.instant();
        return find(organizationId, campaignId).chain(campaign -> tasks.page(campaign.id, status, request)
                .chain(rows -> tasks.count(campaign.id, status).chain(total -> suppressedQueued(campaign, rows, now)
                        .map(suppressed -> request.page(rows, total, waiting(campaign, suppressed, view, now),
                                (CampaignTask t) -> t.seq, t -> t.id)))));
    }

    /** The numbers of these tasks that are queued and suppressed now. */
    private Uni<Set<String>> suppressedQueued(Campaign campaign, List<CampaignTask> rows, Instant now) {
        List<String> queued = rows.stream().filter(t -> t.status == TaskStatus.QUEUED).map(t -> t.toNumber)
                .distinct().toList();
        return suppressions.suppressedAmong(campaign.organizationId, queued, now);
    }

    private <T> Function<CampaignTask, T> waiting(Campaign campaign, Set<String> suppressed,
                                                  BiFunction<CampaignTask, WaitReason, T> view, Instant now) {
        WaitReason held = WaitReason.ofCampaign(campaign.status, campaign.pausedBy, campaign.pauseReason,
                windows.effective(campaign), now);
        WaitReason throttle = WaitReason.throttle(campaign.throttleReason);
        boolean consentCounts = campaign.purpose == CallPurpose.ADVERTISING;
        return task -> view.apply(task, WaitReason.ofTask(held, throttle, new WaitReason.TaskWait(task.status,
                task.nextAttemptAt, consentCounts && task.nightConsent, suppressed.contains(task.toNumber),
                task.heldUntil), now));
    }

    /**
     * The campaign's counters next to a count of its task rows by status, read under a share lock so that no
     * change to either commits in between.
     */
    @WithTransaction
    public <T> Uni<T> reconciliation(String organizationId, UUID id,
                                     BiFunction<Campaign, Map<TaskStatus, Long>, T> view) {
        return campaigns.shareLockInOrganization(organizationId, id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .chain(campaign -> tasks.countByStatus(campaign.id).map(counts -> view.apply(campaign, counts)));
    }

    private Uni<Campaign> find(String organizationId, UUID id) {
        return campaigns.findInOrganization(organizationId, id).onItem().ifNull().failWith(() -> notFound(id));
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound(CampaignCommands.CAMPAIGN, id.toString());
    }
}
