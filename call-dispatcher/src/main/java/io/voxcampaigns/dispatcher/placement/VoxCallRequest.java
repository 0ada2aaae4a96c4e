package io.voxcampaigns.dispatcher.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of POST /v3/calls (docs/api.md, "Voice runtime"). The task's metadata is sent with one key added,
 * {@value #OUR_KEY}: our attempt, call, campaign and task ids, which the runtime echoes in its webhooks, so a
 * webhook is matched to its attempt even before the runtime's answer (with its call id) reached us.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoxCallRequest(@JsonProperty("from_number") String fromNumber,
                             @JsonProperty("to_number") String toNumber,
                             @JsonProperty("agent") Agent agent,
                             @JsonProperty("dynamic_variables") @JsonRawValue String dynamicVariables,
                             @JsonProperty("metadata") ObjectNode metadata,
                             @JsonProperty("presentation_number") String presentationNumber,
                             @JsonProperty("voicemail_message") String voicemailMessage) {

    /** The metadata key the dispatcher reserves for its own ids. */
    public static final String OUR_KEY = "vox_campaigns";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The agent and concrete version the call runs. */
    public record Agent(@JsonProperty("agent_id") String agentId, @JsonProperty("agent_version") String agentVersion) {
    }

    /** The request for an attempt; the stored dynamic variables are sent as they are. */
    public static VoxCallRequest of(PlacedCall call) {
        return new VoxCallRequest(call.fromNumber(), call.toNumber(),
                new Agent(call.agentId().toString(), call.agentVersion()), call.dynamicVariables(), metadata(call),
                call.presentationNumber(), call.voicemailMessage());
    }

    private static ObjectNode metadata(PlacedCall call) {
        ObjectNode metadata;
        try {
            metadata = call.metadata() == null ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(call.metadata());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("stored metadata is always a JSON object", e);
        }
        metadata.putObject(OUR_KEY).put("attempt_id", call.attemptId().toString())
                .put("call_id", call.callId().toString()).put("campaign_id", call.campaignId().toString())
                .put("task_id", call.taskId().toString());
        return metadata;
    }
}
