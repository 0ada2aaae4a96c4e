package io.voxcampaigns.dispatcher.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

import io.voxcampaigns.dispatcher.domain.AttemptPhase;
import io.voxcampaigns.dispatcher.persistence.Call;

/**
 * A call as the API shows it: vox's v3 CallResponse, plus the campaign it belongs to and where its placement stands
 * ({@code placement}, our extension). Status {@code queued} until the recipient answered (waiting for the voice
 * runtime, then ringing), then {@code ongoing}, then its outcome; {@code start_at} is the connect time. Transcript
 * (one call only, not in lists), recording, analysis and cost are what the runtime's webhooks reported; with the
 * agent's opt-out none but the cost is kept. Variant labels are not known here: always null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CallResponse(@JsonProperty("id") String id,
                           @JsonProperty("campaign_id") String campaignId,
                           @JsonProperty("agent") Agent agent,
                           @JsonProperty("call_type") String callType,
                           @JsonProperty("status") String status,
                           @JsonProperty("from_number") String fromNumber,
                           @JsonProperty("to_number") String toNumber,
                           @Schema(nullable = true) @JsonProperty("presentation_number") String presentationNumber,
                           @Schema(nullable = true) @JsonProperty("disconnection_reason") String disconnectionReason,
                           @Schema(nullable = true) @JsonProperty("start_at") Long startAt,
                           @Schema(nullable = true) @JsonProperty("end_at") Long endAt,
                           @JsonProperty("duration_ms") long durationMs,
                           @Schema(nullable = true) @JsonProperty("recording_url") String recordingUrl,
                           @JsonProperty("metadata") @JsonRawValue
                           @Schema(type = SchemaType.OBJECT, nullable = true) String metadata,
                           @JsonProperty("dynamic_variables") @JsonRawValue
                           @Schema(type = SchemaType.OBJECT, nullable = true) String dynamicVariables,
                           @JsonProperty("call_analysis") @JsonRawValue @Schema(type = SchemaType.OBJECT,
                                   nullable = true, description = "summary, user_sentiment, custom_analysis_data")
                           String callAnalysis,
                           @JsonProperty("call_cost") @JsonRawValue @Schema(type = SchemaType.OBJECT, nullable = true,
                                   description = "total_cost (a decimal as a string)") String callCost,
                           @Schema(nullable = true) @JsonProperty("variant_label") String variantLabel,
                           @JsonProperty("opt_out_sensitive_data_storage") boolean optOutSensitiveDataStorage,
                           @JsonProperty("transcript") @JsonRawValue @JsonInclude(JsonInclude.Include.NON_NULL)
                           @Schema(type = SchemaType.ARRAY, implementation = TranscriptEntry.class, nullable = true,
                                   description = "GET /v3/calls/{id} only;"
                                   + " null when the agent opted out of storing sensitive data") String transcript,
                           @Schema(nullable = true) @JsonProperty("placement") Placement placement,
                           @Schema(description = "an extension of ours: the task's attempt this call is, 1 for the"
                                   + " first and one more for each retry (campaign retry_policy)", minimum = "1")
                           @JsonProperty("attempt") int attempt) {

    /** What the raw-JSON transcript field writes for "null" (opted out), as opposed to leaving it out (lists). */
    private static final String JSON_NULL = "null";

    /**
     * Where the attempt stands: {@code phase} claimed (slot held, nothing sent or every request refused), placing (a
     * request may be at the runtime), placed (the runtime took it) or ended; {@code attempt_id} is the idempotency
     * key sent to the runtime; {@code placed_at} when the runtime took the call, {@code ringing_at} when it
     * reported the phone ringing.
     */
    public record Placement(@JsonProperty("attempt_id") String attemptId,
                            @JsonProperty("phase") String phase,
                            @JsonProperty("requests") int requests,
                            @Schema(nullable = true) @JsonProperty("runtime_call_id") String runtimeCallId,
                            @Schema(nullable = true) @JsonProperty("last_error") String lastError,
                            @Schema(nullable = true) @JsonProperty("next_request_at") Long nextRequestAt,
                            @Schema(nullable = true) @JsonProperty("placed_at") Long placedAt,
                            @Schema(nullable = true) @JsonProperty("ringing_at") Long ringingAt) {
    }

    /** The agent and version the call ran. */
    public record Agent(@JsonProperty("agent_id") String agentId, @JsonProperty("agent_version") String agentVersion) {
    }

    /** A call as a list shows it: without transcript. */
    static CallResponse of(Call call) {
        return of(call, null);
    }

    /** One call with its transcript: [] until the runtime reported one, null when the agent opted out. */
    static CallResponse withTranscript(Call call) {
        if (call.optOutSensitiveDataStorage) {
            return of(call, JSON_NULL);
        }
        return of(call, call.transcript == null ? "[]" : call.transcript);
    }

    private static CallResponse of(Call call, String transcript) {
        Agent agent = call.agentId == null ? null : new Agent(call.agentId.toString(), call.agentVersion);
        return new CallResponse(call.id.toString(), call.campaignId.toString(), agent, "outbound", call.status,
                call.fromNumber, call.toNumber, call.presentationNumber, call.disconnectionReason, millis(call.startAt),
                millis(call.endAt), call.durationMs, call.recordingUrl,
                call.metadata == null ? "{}" : call.metadata,
                call.dynamicVariables == null ? "{}" : call.dynamicVariables, call.callAnalysis, call.callCost, null,
                call.optOutSensitiveDataStorage, transcript,
                new Placement(call.attemptId.toString(), call.phase, call.requests, call.runtimeCallId, call.lastError,
                        call.nextRequestAt == null || !AttemptPhase.of(call.phase).unsettled() ? null
                                : call.nextRequestAt.toEpochMilli(), millis(call.placedAt), millis(call.ringingAt)),
                call.attempt);
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }
}
