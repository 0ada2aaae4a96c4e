package io.voxcampaigns.agent.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.domain.data.AgentData;
import io.voxcampaigns.agent.domain.flow.FlowData;
import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentJson;
import io.voxcampaigns.agent.persistence.AgentVersion;

/**
 * An agent as the API shows it. {@code version} is set only when a snapshot was read; {@code validation_message}
 * only on create and update responses (the vox AgentMutationResponse).
 */
public record AgentResponse(@JsonProperty("agent_id") String agentId,
                            @JsonProperty("name") String name,
                            @JsonProperty("type") String type,
                            @JsonProperty("created_at") long createdAt,
                            @JsonProperty("updated_at") long updatedAt,
                            @Schema(nullable = true) @JsonProperty("production_version") String productionVersion,
                            @JsonProperty("data") AgentData data,
                            @Schema(nullable = true) @JsonProperty("flow_data") FlowData flowData,
                            @Schema(nullable = true) @JsonProperty("version") VersionInfo version,
                            @JsonProperty("validation_message") @JsonInclude(JsonInclude.Include.NON_NULL)
                            String validationMessage) {

    /** The current working copy. */
    static AgentResponse current(Agent agent) {
        return new AgentResponse(agent.id.toString(), agent.name, agent.type.value(), agent.createdAt.toEpochMilli(),
                agent.updatedAt.toEpochMilli(), agent.productionVersion, AgentJson.data(agent.data),
                AgentJson.flow(agent.flowData), null, null);
    }

    /** The answer to a create or update: the current state and the flow validator's warnings. */
    static AgentResponse mutation(Agent agent) {
        AgentResponse current = current(agent);
        return new AgentResponse(current.agentId, current.name, current.type, current.createdAt, current.updatedAt,
                current.productionVersion, current.data, current.flowData, null, agent.validationMessage);
    }

    /** A stored snapshot: its data and graph, with the agent's current name. */
    static AgentResponse snapshot(Agent agent, AgentVersion version) {
        return new AgentResponse(agent.id.toString(), agent.name, agent.type.value(), agent.createdAt.toEpochMilli(),
                agent.updatedAt.toEpochMilli(), agent.productionVersion, AgentJson.data(version.data),
                AgentJson.flow(version.flowData), VersionInfo.of(version, agent), null);
    }
}
