package io.voxcampaigns.campaign.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
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
    private final CallingHoursColumn windows;
    private final Clock clock;

    CampaignQueries(CampaignRepository campaigns, TaskRepository tasks, CallingHoursColumn windows, Clock clock) {
        this.campaigns = campaigns;
        this.tasks = tasks;
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
        return find(organizationId, campaignId).chain(campaign -> tasks.page(campaign.id, status, request)
                .chain(rows -> tasks.count(campaign.id, status)
                        .map(total -> request.page(rows, total, waiting(campaign, view), (CampaignTask t) -> t.seq,
                                t -> t.id))));
    }

    private <T> Function<CampaignTask, T> waiting(Campaign campaign, BiFunction<CampaignTask, WaitReason, T> view) {
        Instant now = clock.instant();
        WaitReason held = WaitReason.ofCampaign(campaign.status, campaign.pausedBy, campaign.pauseReason,
                windows.effective(campaign), now);
        boolean consentCounts = campaign.purpose == CallPurpose.ADVERTISING;
        return task -> view.apply(task, WaitReason.ofTask(held, task.status, task.nextAttemptAt,
                consentCounts && task.nightConsent, now));
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
