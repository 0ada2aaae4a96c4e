package io.voxcampaigns.voiceruntime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * A call as the runtime shows it: the v3 CallResponse, and the v2 webhook envelope. A call that connected and ended
 * has a transcript, a recording, an analysis and a cost (one won per started second, as a decimal string); with the
 * agent's opt-out only the cost.
 */
final class CallJson {

    static final String CALL_RINGING = "call_ringing";
    static final String CALL_STARTED = "call_started";
    static final String CALL_ENDED = "call_ended";
    static final String CALL_ANALYZED = "call_analyzed";
    /** Where the stub says a recording is; nothing is served there. */
    static final String RECORDINGS = "https://recordings.voice-runtime.invalid/";

    private CallJson() {
    }

    /** The CallResponse of POST and GET /v3/calls. */
    static ObjectNode response(RuntimeCall call) {
        RuntimeCall.State state = call.state();
        CallRequest request = call.request();
        ObjectNode json = JsonHandler.JSON.createObjectNode();
        json.put("id", call.id()).put("status", state.status()).put("call_type", "outbound")
                .put("from_number", request.fromNumber()).put("to_number", request.toNumber());
        json.putRawValue("agent", new RawValue(request.agentJson()));
        json.putRawValue("metadata", new RawValue(request.metadataJson()));
        json.putRawValue("dynamic_variables", new RawValue(request.dynamicVariablesJson()));
        json.put("presentation_number", request.presentationNumber());
        json.put("start_at", state.startAt()).put("end_at", state.endAt())
                .put("disconnection_reason", state.disconnectionReason());
        json.put("recording_url", recordingUrl(call, state));
        putAnalysis(json, call, state);
        json.putNull("variant_label");
        json.put("opt_out_sensitive_data_storage", call.optOut());
        return json;
    }

    /** GET's transcript: two lines once a connected call ended, [] before; null with the agent's opt-out. */
    static void putTranscript(ObjectNode json, RuntimeCall call) {
        RuntimeCall.State state = call.state();
        if (call.optOut()) {
            json.putNull("transcript");
            return;
        }
        var transcript = json.putArray("transcript");
        if (talked(state)) {
            long start = state.startAt();
            long middle = start + (state.endAt() - start) / 2;
            transcript.addObject().put("role", "agent").put("content", "안녕하세요, 상담원입니다.")
                    .put("start_at", start).put("end_at", middle);
            transcript.addObject().put("role", "user").put("content", "네, 말씀하세요.")
                    .put("start_at", middle).put("end_at", state.endAt());
        }
    }

    /** The body of a webhook as the call stands now; without metadata when it is not echoed. */
    static byte[] webhook(String event, RuntimeCall call, boolean echoMetadata) {
        RuntimeCall.State state = call.state();
        CallRequest request = call.request();
        ObjectNode envelope = JsonHandler.JSON.createObjectNode();
        envelope.put("event", event).put("webhook_version", "v2");
        ObjectNode body = envelope.putObject("call");
        body.put("call_id", call.id()).put("call_type", "outbound")
                .put("call_status", CALL_RINGING.equals(event) ? "ringing" : state.status())
                .put("disconnection_reason", state.disconnectionReason())
                .put("from_number", request.fromNumber()).put("to_number", request.toNumber());
        body.putRawValue("agent", new RawValue(request.agentJson()));
        if (echoMetadata) {
            body.putRawValue("metadata", new RawValue(request.metadataJson()));
        }
        body.putRawValue("dynamic_variables", new RawValue(request.dynamicVariablesJson()));
        body.put("start_at", state.startAt()).put("end_at", state.endAt());
        body.put("opt_out_sensitive_data_storage", call.optOut());
        if (CALL_RINGING.equals(event)) {
            body.put("occurred_at", state.ringingAt());
        }
        if (CALL_ENDED.equals(event)) {
            putTranscript(body, call);
            body.put("recording_url", recordingUrl(call, state));
        }
        if (CALL_ANALYZED.equals(event)) {
            putAnalysis(body, call, state);
        }
        try {
            return JsonHandler.JSON.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of text always serialises", e);
        }
    }

    /** Whether the call connected and ended: it has content to report. */
    static boolean talked(RuntimeCall.State state) {
        return state.startAt() != null && state.endAt() != null;
    }

    private static String recordingUrl(RuntimeCall call, RuntimeCall.State state) {
        return talked(state) && !call.optOut() ? RECORDINGS + call.id() + ".wav" : null;
    }

    private static void putAnalysis(ObjectNode json, RuntimeCall call, RuntimeCall.State state) {
        if (!talked(state)) {
            json.putNull("call_analysis");
            json.putNull("call_cost");
            return;
        }
        if (call.optOut()) {
            json.putNull("call_analysis");
        } else {
            ObjectNode analysis = json.putObject("call_analysis");
            analysis.put("summary", "The agent greeted the recipient, who listened.")
                    .put("user_sentiment", "positive");
            ArrayNode extracted = analysis.putArray("custom_analysis_data");
            if (call.refuses()) {
                extracted.addObject().put("name", "opt_out").put("value", true);
            }
        }
        long seconds = (state.endAt() - state.startAt() + 999) / 1000;
        json.putObject("call_cost").put("total_cost", seconds + ".00");
    }
}
