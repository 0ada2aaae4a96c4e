package io.voxcampaigns.campaign.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.service.ApiKeys;

/** The answer to POST /v3/api-keys: the new key and, this once, its secret (the bearer token). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IssuedApiKeyResponse(@JsonProperty("id") String id,
                                   @JsonProperty("name") String name,
                                   @JsonProperty("scopes") List<String> scopes,
                                   @JsonProperty("created_at") long createdAt,
                                   @JsonProperty("expires_at") long expiresAt,
                                   @Schema(nullable = true) @JsonProperty("revoked_at") Long revokedAt,
                                   @Schema(nullable = true, description = "null: a new key was never used")
                                   @JsonProperty("last_used_at") Long lastUsedAt,
                                   @Schema(description = "the key to send as Authorization: Bearer; shown only here, "
                                           + "never stored")
                                   @JsonProperty("key") String key) {

    static IssuedApiKeyResponse of(ApiKeys.Issued issued) {
        ApiKeyResponse shown = ApiKeyResponse.of(issued.row());
        return new IssuedApiKeyResponse(shown.id(), shown.name(), shown.scopes(), shown.createdAt(), shown.expiresAt(),
                shown.revokedAt(), shown.lastUsedAt(), issued.token());
    }
}
