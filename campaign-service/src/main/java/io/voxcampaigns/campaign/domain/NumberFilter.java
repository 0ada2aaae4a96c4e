package io.voxcampaigns.campaign.domain;

import java.util.List;

/**
 * Which of an organisation's numbers a list shows: a usage and a provider (null: any) and service statuses (empty:
 * any).
 */
public record NumberFilter(String organizationId, NumberUsage usage, NumberProvider provider,
                           List<LineStatus> statuses) {
}
