package io.voxcampaigns.campaign.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.domain.NumberUsage;
import io.voxcampaigns.campaign.persistence.OrganizationNumber;

/**
 * An organisation telephone number as the API shows it: vox's fields, then our extensions usage and approval_status
 * (pending or approved for a presentation number, null for an outbound line). Fields of vox's purchase and SIP
 * flows this platform does not have (end_at, cancel_requested_at, monthly_fee, address, trunk ids, agent mappings)
 * are null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NumberResponse(@JsonProperty("id") String id,
                             @JsonProperty("number") String number,
                             @JsonProperty("provider") String provider,
                             @JsonProperty("status") String status,
                             @JsonProperty("start_at") long startAt,
                             @Schema(nullable = true) @JsonProperty("end_at") Long endAt,
                             @Schema(nullable = true) @JsonProperty("cancel_requested_at") Long cancelRequestedAt,
                             @JsonProperty("created_at") long createdAt,
                             @JsonProperty("updated_at") long updatedAt,
                             @Schema(nullable = true) @JsonProperty("monthly_fee") Integer monthlyFee,
                             @Schema(nullable = true) @JsonProperty("address") String address,
                             @Schema(nullable = true) @JsonProperty("inbound_trunk_id") String inboundTrunkId,
                             @Schema(nullable = true) @JsonProperty("outbound_trunk_id") String outboundTrunkId,
                             @Schema(nullable = true) @JsonProperty("inbound_agent") AgentBody inboundAgent,
                             @Schema(nullable = true) @JsonProperty("outbound_agent") AgentBody outboundAgent,
                             @Schema(nullable = true) @JsonProperty("memo") String memo,
                             @JsonProperty("usage") String usage,
                             @Schema(nullable = true) @JsonProperty("approval_status") String approvalStatus) {

    static NumberResponse of(OrganizationNumber n) {
        return new NumberResponse(n.id.toString(), n.telephoneNumber, n.provider.value(), n.lineStatus.value(),
                millis(n.startAt), null, null, millis(n.createdAt), millis(n.updatedAt), null, null, null, null, null,
                null, n.memo, n.usage.value(), n.usage == NumberUsage.OUTBOUND ? null : n.status.value());
    }

    private static long millis(Instant at) {
        return at.toEpochMilli();
    }
}
