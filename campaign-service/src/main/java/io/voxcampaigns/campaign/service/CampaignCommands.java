package io.voxcampaigns.campaign.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.CampaignStatusMachine;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.StatusDecision;
import io.voxcampaigns.campaign.domain.StatusDecision.Refusal;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.CampaignRepository;
import io.voxcampaigns.platform.error.ApiException;

/** What every user command on a campaign starts with: the campaign locked (404 when not the caller's), then 409s. */
@ApplicationScoped
public class CampaignCommands {

    /** The resource name in a campaign's 404. */
    public static final String CAMPAIGN = "campaign";

    private final CampaignRepository campaigns;

    CampaignCommands(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    /** The caller's campaign, locked until the transaction ends; 404 for a missing or another organisation's one. */
    public Uni<Campaign> lock(String organizationId, UUID id) {
        return campaigns.lockInOrganization(organizationId, id)
                .onItem().ifNull().failWith(() -> ApiException.notFound(CAMPAIGN, id.toString()));
    }

    /** Where the command takes the campaign; 409 naming the current status when it is not allowed now. */
    public Transition decide(Campaign campaign, CampaignTrigger command) {
        StatusDecision decision = CampaignStatusMachine.decide(CampaignTransitions.state(campaign), command);
        if (decision instanceof Refusal refusal) {
            throw ApiException.conflict(refusal.reason(), campaign.pausedBy == null
                    ? Map.of("status", campaign.status.value())
                    : Map.of("status", campaign.status.value(), "paused_by", campaign.pausedBy.value()));
        }
        return (Transition) decision;
    }
}
