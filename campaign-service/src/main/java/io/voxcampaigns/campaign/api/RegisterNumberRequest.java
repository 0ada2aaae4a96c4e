package io.voxcampaigns.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.domain.DomesticNumbers;

/** Body of POST /v3/organization-telephone-numbers (our admin extension); provider and memo are optional. */
@Schema(name = "RegisterNumberRequest")
public record RegisterNumberRequest(
        @JsonProperty("telephone_number")
        @Schema(required = true, pattern = DomesticNumbers.PATTERN)
        String telephoneNumber,
        @JsonProperty("usage")
        @Schema(required = true, enumeration = {"outbound", "presentation"})
        String usage,
        @JsonProperty("provider")
        @Schema(nullable = true, enumeration = {"vox", "custom"}, defaultValue = "custom")
        String provider,
        @JsonProperty("memo")
        @Schema(nullable = true, maxLength = OrganizationNumberResource.MAX_MEMO)
        String memo) {
}
