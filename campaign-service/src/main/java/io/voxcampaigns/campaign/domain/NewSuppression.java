package io.voxcampaigns.campaign.domain;

import java.time.Instant;

/**
 * A number to suppress, as validated: domestic digits, an optional reason, where it came from, and when the
 * suppression ends (null: never).
 */
public record NewSuppression(String number, String reason, String source, Instant expiresAt) {
}
