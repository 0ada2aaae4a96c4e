package io.voxcampaigns.dispatcher.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** The body of POST /v3/calls (API.md Part B 1.4). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoxCallRequest(@JsonProperty("from_number") String fromNumber,
                             @JsonProperty("to_number") String toNumber,
                             @JsonProperty("agent") Agent agent,
                             @JsonProperty("dynamic_variables") @JsonRawValue String dynamicVariables,
                             @JsonProperty("metadata") @JsonRawValue String metadata,
                             @JsonProperty("presentation_number") String presentationNumber) {

    /** The agent and concrete version the call runs. */
    public record Agent(@JsonProperty("agent_id") String agentId, @JsonProperty("agent_version") String agentVersion) {
    }

    /** The request for a claimed call; its stored JSON objects are sent as they are. */
    public static VoxCallRequest of(PlacedCall call) {
        return new VoxCallRequest(call.fromNumber(), call.toNumber(),
                new Agent(call.agentId().toString(), call.agentVersion()), call.dynamicVariables(), call.metadata(),
                call.presentationNumber());
    }
}
