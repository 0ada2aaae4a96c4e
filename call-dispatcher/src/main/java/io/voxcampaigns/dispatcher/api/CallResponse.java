package io.voxcampaigns.dispatcher.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

import io.voxcampaigns.dispatcher.domain.AttemptPhase;
import io.voxcampaigns.dispatcher.persistence.Call;

/**
 * A call as the API shows it: vox's v3 CallResponse without transcript, plus the campaign it belongs to and where
 * its placement stands ({@code placement}, our extension). Status {@code queued} until the voice runtime took the
 * call, then {@code ongoing}, then its outcome. Recording, analysis, cost and variant come from the voice runtime
 * and are not kept by the dispatcher: always null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CallResponse(@JsonProperty("id") String id,
                           @JsonProperty("campaign_id") String campaignId,
                           @JsonProperty("agent") Agent agent,
                           @JsonProperty("call_type") String callType,
                           @JsonProperty("status") String status,
                           @JsonProperty("from_number") String fromNumber,
                           @JsonProperty("to_number") String toNumber,
                           @JsonProperty("presentation_number") String presentationNumber,
                           @JsonProperty("disconnection_reason") String disconnectionReason,
                           @JsonProperty("start_at") Long startAt,
                           @JsonProperty("end_at") Long endAt,
                           @JsonProperty("duration_ms") long durationMs,
                           @JsonProperty("recording_url") String recordingUrl,
                           @JsonProperty("metadata") @JsonRawValue String metadata,
                           @JsonProperty("dynamic_variables") @JsonRawValue String dynamicVariables,
                           @JsonProperty("call_analysis") Object callAnalysis,
                           @JsonProperty("call_cost") Object callCost,
                           @JsonProperty("variant_label") String variantLabel,
                           @JsonProperty("opt_out_sensitive_data_storage") boolean optOutSensitiveDataStorage,
                           @JsonProperty("placement") Placement placement) {

    /**
     * Where the attempt stands: {@code phase} claimed (slot held, nothing sent or every request refused), placing (a
     * request may be at the runtime), placed (the runtime took it) or ended; {@code attempt_id} is the idempotency
     * key sent to the runtime.
     */
    public record Placement(@JsonProperty("attempt_id") String attemptId,
                            @JsonProperty("phase") String phase,
                            @JsonProperty("requests") int requests,
                            @JsonProperty("runtime_call_id") String runtimeCallId,
                            @JsonProperty("last_error") String lastError,
                            @JsonProperty("next_request_at") Long nextRequestAt) {
    }

    /** The agent and version the call ran. */
    public record Agent(@JsonProperty("agent_id") String agentId, @JsonProperty("agent_version") String agentVersion) {
    }

    static CallResponse of(Call call) {
        Agent agent = call.agentId == null ? null : new Agent(call.agentId.toString(), call.agentVersion);
        return new CallResponse(call.id.toString(), call.campaignId.toString(), agent, "outbound", call.status,
                call.fromNumber, call.toNumber, call.presentationNumber, call.disconnectionReason,
                call.startAt == null ? null : call.startAt.toEpochMilli(),
                call.endAt == null ? null : call.endAt.toEpochMilli(), call.durationMs, null,
                call.metadata == null ? "{}" : call.metadata,
                call.dynamicVariables == null ? "{}" : call.dynamicVariables, null, null, null, false,
                new Placement(call.attemptId.toString(), call.phase, call.requests, call.runtimeCallId, call.lastError,
                        call.nextRequestAt == null || !AttemptPhase.of(call.phase).unsettled() ? null
                                : call.nextRequestAt.toEpochMilli()));
    }
}
