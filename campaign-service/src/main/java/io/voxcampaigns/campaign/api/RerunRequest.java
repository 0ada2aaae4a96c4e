package io.voxcampaigns.campaign.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * POST /v3/campaigns/{id}/retry: which failed tasks to call again; no body, or no filter, means all of them. A reason
 * listed twice counts once.
 */
@Schema(name = "RerunRequest")
public record RerunRequest(
        @JsonProperty("disconnection_reasons")
        @Schema(nullable = true, minItems = 1,
                description = "only the failed tasks whose last call ended for one of these reasons")
        List<DisconnectionReasonName> disconnectionReasons) {
}
