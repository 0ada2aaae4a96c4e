package io.voxcampaigns.campaign.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.persistence.ApiKey;

/** An API key of the organisation, without its secret; revoked_at null: not revoked. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiKeyResponse(@JsonProperty("id") String id,
                             @JsonProperty("name") String name,
                             @JsonProperty("scopes") List<String> scopes,
                             @JsonProperty("created_at") long createdAt,
                             @JsonProperty("expires_at") long expiresAt,
                             @Schema(nullable = true) @JsonProperty("revoked_at") Long revokedAt,
                             @Schema(nullable = true, description = "when the key last authenticated a request on "
                                     + "any service (unix ms), at most vox.auth.usage-report-interval late; null: "
                                     + "never")
                             @JsonProperty("last_used_at") Long lastUsedAt) {

    static ApiKeyResponse of(ApiKey key) {
        return new ApiKeyResponse(key.id.toString(), key.name, key.scopeList(), key.createdAt.toEpochMilli(),
                key.expiresAt.toEpochMilli(), millis(key.revokedAt), millis(key.lastUsedAt));
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }
}
