package io.voxcampaigns.campaign.events;

import java.time.Instant;
import java.util.UUID;

import io.voxcampaigns.campaign.domain.CampaignPhase;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.events.campaign.CampaignCanceled;
import io.voxcampaigns.events.campaign.CampaignCountersChanged;
import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.campaign.CampaignResumed;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.common.CampaignFailureReason;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.common.PauseReason;
import io.voxcampaigns.events.common.PausedBy;

/** Builds the lifecycle events of campaign.events from a campaign as it stands after the change. */
public final class CampaignStatusEvents {

    private CampaignStatusEvents() {
    }

    public static CampaignPaused paused(Campaign campaign) {
        return CampaignPaused.newBuilder()
                .setEventId(newId())
                .setOccurredAt(campaign.pausedAt)
                .setOrganizationId(campaign.organizationId)
                .setCampaignId(campaign.id.toString())
                .setPausedBy(PausedBy.valueOf(campaign.pausedBy.value()))
                .setPausedAt(campaign.pausedAt)
                .setReason(campaign.pauseReason == null ? null : PauseReason.valueOf(campaign.pauseReason.value()))
                .build();
    }

    public static CampaignResumed resumed(Campaign campaign, Instant at) {
        return CampaignResumed.newBuilder()
                .setEventId(newId())
                .setOccurredAt(at)
                .setOrganizationId(campaign.organizationId)
                .setCampaignId(campaign.id.toString())
                .setStatus(status(campaign.status))
                .build();
    }

    public static CampaignCanceled canceled(Campaign campaign) {
        return CampaignCanceled.newBuilder()
                .setEventId(newId())
                .setOccurredAt(campaign.finishedAt)
                .setOrganizationId(campaign.organizationId)
                .setCampaignId(campaign.id.toString())
                .setCanceledAt(campaign.finishedAt)
                .build();
    }

    public static CampaignStatusChanged statusChanged(Campaign campaign,
                                                      CampaignPhase previous,
                                                      Instant at) {
        return CampaignStatusChanged.newBuilder()
                .setEventId(newId())
                .setOccurredAt(at)
                .setOrganizationId(campaign.organizationId)
                .setCampaignId(campaign.id.toString())
                .setPreviousStatus(status(previous))
                .setStatus(status(campaign.status))
                .setPausedBy(campaign.pausedBy == null ? null : PausedBy.valueOf(campaign.pausedBy.value()))
                .setFailureReason(campaign.failureReason == null ? null
                        : CampaignFailureReason.valueOf(campaign.failureReason))
                .setFinishedAt(campaign.finishedAt)
                .build();
    }

    public static CampaignCountersChanged countersChanged(Campaign campaign, Instant at) {
        return countersChanged(campaign.id, campaign.organizationId, campaign.totalCalls, campaign.completedCalls,
                campaign.failedCalls, campaign.activeConcurrency, at);
    }

    public static CampaignCountersChanged countersChanged(UUID campaignId, String organizationId, int total,
                                                          int completed, int failed, int active, Instant at) {
        return CampaignCountersChanged.newBuilder()
                .setEventId(newId())
                .setOccurredAt(at)
                .setOrganizationId(organizationId)
                .setCampaignId(campaignId.toString())
                .setTotalCalls(total)
                .setCompletedCalls(completed)
                .setFailedCalls(failed)
                .setActiveConcurrency(active)
                .build();
    }

    private static CampaignStatus status(CampaignPhase status) {
        return CampaignStatus.valueOf(status.value());
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
