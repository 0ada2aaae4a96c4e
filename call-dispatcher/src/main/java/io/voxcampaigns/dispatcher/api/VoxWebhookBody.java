package io.voxcampaigns.dispatcher.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The schema of {@code POST /webhooks/voice} in the OpenAPI document: vox's v2 call-data webhook, as far as the
 * dispatcher reads it (other events and fields are accepted and ignored). The body itself is read as raw bytes, whose
 * signature is checked first, then by {@link io.voxcampaigns.dispatcher.placement.VoxWebhook}.
 */
@Schema(name = "VoxWebhook", description = "A v2 call-data webhook; fields other than these are ignored")
record VoxWebhookBody(@JsonProperty("event") @Schema(required = true, minLength = 1,
                              description = "call_ringing, call_started, call_ended, call_analyzed; others change "
                                      + "nothing") String event,
                      @JsonProperty("webhook_version") String webhookVersion,
                      @JsonProperty("occurred_at") @Schema(format = "int64") Long occurredAt,
                      @JsonProperty("call") @Schema(required = true) Call call) {

    /** The call the webhook is about. */
    @Schema(name = "VoxWebhookCall")
    record Call(@JsonProperty("call_id") @Schema(required = true, minLength = 1, description = "the runtime's id")
                String callId,
                @JsonProperty("call_status") @Schema(description = "required with call_ended",
                        enumeration = {"ended", "not_connected", "error", "canceled"}) String callStatus,
                @JsonProperty("disconnection_reason") @Schema(nullable = true, enumeration = {"user_hangup",
                    "agent_hangup", "dial_no_answer", "dial_failed", "dial_busy", "voicemail_reached",
                    "concurrency_limit_reached", "insufficient_balance", "error_voxai", "max_duration_reached",
                    "inactivity", "flow_error", "call_transfer", "orphaned_no_agent_pickup", "dial_declined",
                    "daily_call_limit_reached"}) String disconnectionReason,
                @JsonProperty("start_at") @Schema(nullable = true, description = "connect time, unix ms") Long startAt,
                @JsonProperty("end_at") @Schema(nullable = true, description = "unix ms") Long endAt,
                @JsonProperty("occurred_at") @Schema(nullable = true, description = "unix ms") Long occurredAt,
                @JsonProperty("metadata") @Schema(type = SchemaType.OBJECT, nullable = true,
                        description = "vox_campaigns.attempt_id names our attempt") Object metadata,
                @JsonProperty("transcript") @Schema(type = SchemaType.ARRAY, nullable = true) Object transcript,
                @JsonProperty("recording_url") @Schema(nullable = true, maxLength = 2048) String recordingUrl,
                @JsonProperty("call_analysis") @Schema(type = SchemaType.OBJECT, nullable = true) Object callAnalysis,
                @JsonProperty("call_cost") @Schema(type = SchemaType.OBJECT, nullable = true) Object callCost,
                @JsonProperty("opt_out_sensitive_data_storage") @Schema(nullable = true)
                Boolean optOutSensitiveDataStorage) {
    }
}
