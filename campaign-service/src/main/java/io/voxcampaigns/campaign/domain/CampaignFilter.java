package io.voxcampaigns.campaign.domain;

import java.util.List;
import java.util.UUID;

/** Which of an organisation's campaigns a list shows: statuses (empty: any) and an agent (null: any). */
public record CampaignFilter(String organizationId, List<CampaignPhase> statuses, UUID agentId) {
}
