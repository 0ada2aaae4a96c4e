package io.voxcampaigns.campaign.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.persistence.Suppression;

/** A number on the organisation's suppression list; expires_at null: it never expires. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SuppressionResponse(@JsonProperty("number") String number,
                                  @Schema(nullable = true) @JsonProperty("reason") String reason,
                                  @JsonProperty("source") String source,
                                  @Schema(nullable = true) @JsonProperty("expires_at") Long expiresAt,
                                  @JsonProperty("created_at") long createdAt,
                                  @JsonProperty("updated_at") long updatedAt) {

    static SuppressionResponse of(Suppression s) {
        return new SuppressionResponse(s.number, s.reason, s.source, millis(s.expiresAt), s.createdAt.toEpochMilli(),
                s.updatedAt.toEpochMilli());
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }
}
