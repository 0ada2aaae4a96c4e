package io.voxcampaigns.campaign.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.domain.ApiKeyRules;
import io.voxcampaigns.campaign.domain.Timestamps;

/** Body of POST /v3/api-keys: what the key is called, what it may do, and until when. */
@Schema(name = "CreateApiKeyRequest")
public record CreateApiKeyRequest(
        @JsonProperty("name")
        @Schema(required = true, minLength = 1, maxLength = ApiKeyRules.MAX_NAME)
        String name,
        @JsonProperty("scopes")
        @Schema(required = true, minItems = 1, uniqueItems = true,
                description = "the scopes of the key: agents, campaigns, calls, admin")
        List<String> scopes,
        @JsonProperty("expires_at")
        @Schema(nullable = true, minimum = "" + Timestamps.SMALLEST_SECONDS, maximum = "" + Timestamps.LARGEST_MILLIS,
                description = "unix ms in the future, at most 5 years ahead (10-11 digits: seconds); kept to the "
                        + "second; null: a year after creation")
        Long expiresAt) {
}
