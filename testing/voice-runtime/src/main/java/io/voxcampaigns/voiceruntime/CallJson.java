package io.voxcampaigns.voiceruntime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/** A call as the runtime shows it: the v3 CallResponse, and the v2 webhook envelope. */
final class CallJson {

    static final String CALL_STARTED = "call_started";
    static final String CALL_ENDED = "call_ended";

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
        json.putNull("recording_url");
        json.putNull("call_analysis");
        json.putNull("call_cost");
        json.putNull("variant_label");
        json.put("opt_out_sensitive_data_storage", false);
        return json;
    }

    /** The body of a webhook as the call stands now; without metadata when it is not echoed. */
    static byte[] webhook(String event, RuntimeCall call, boolean echoMetadata) {
        RuntimeCall.State state = call.state();
        CallRequest request = call.request();
        ObjectNode envelope = JsonHandler.JSON.createObjectNode();
        envelope.put("event", event).put("webhook_version", "v2");
        ObjectNode body = envelope.putObject("call");
        body.put("call_id", call.id()).put("call_type", "outbound").put("call_status", state.status())
                .put("disconnection_reason", state.disconnectionReason())
                .put("from_number", request.fromNumber()).put("to_number", request.toNumber());
        body.putRawValue("agent", new RawValue(request.agentJson()));
        if (echoMetadata) {
            body.putRawValue("metadata", new RawValue(request.metadataJson()));
        }
        body.putRawValue("dynamic_variables", new RawValue(request.dynamicVariablesJson()));
        body.put("start_at", state.startAt()).put("end_at", state.endAt());
        body.putArray("transcript");
        try {
            return JsonHandler.JSON.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of text always serialises", e);
        }
    }
}
