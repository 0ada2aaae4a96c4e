package io.voxcampaigns.campaign.domain;

import java.time.Instant;
import java.util.List;

/** A validated request for a new API key: its name, distinct known scopes, and expiry (null: the default). */
public record NewApiKey(String name, List<String> scopes, Instant expiresAt) {
}
