package io.voxcampaigns.campaign.domain;

import java.time.Instant;

/**
 * Which of an organisation's audit events a list shows: null for a filter not given; {@code after} and
 * {@code before} bound occurred_at, both exclusive.
 */
public record AuditFilter(String organizationId, String resourceType, String resourceId, String apiKeyId,
                          String outcome, Instant after, Instant before) {
}
