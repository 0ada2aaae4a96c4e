package io.voxcampaigns.campaign.events;

import java.time.Instant;
import java.util.UUID;

import io.voxcampaigns.events.apikey.ApiKeyRevoked;

/** Builds ApiKeyRevoked records (api-key.events, key key_id), which every service follows to refuse the key. */
public final class ApiKeyEvents {

    private ApiKeyEvents() {
    }

    public static ApiKeyRevoked revoked(String organizationId, UUID keyId, Instant revokedAt) {
        return ApiKeyRevoked.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(revokedAt)
                .setOrganizationId(organizationId).setKeyId(keyId.toString()).setRevokedAt(revokedAt).build();
    }
}
