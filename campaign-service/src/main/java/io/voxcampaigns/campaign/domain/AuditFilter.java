package io.voxcampaigns.campaign.domain;

/** Which of an organisation's audit events a list shows: null for a filter not given. */
public record AuditFilter(String organizationId, String resourceType, String resourceId, String apiKeyId,
                          String outcome) {
}
