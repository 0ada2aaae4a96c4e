package io.voxcampaigns.agent.messaging;

import java.util.List;
import java.util.UUID;

import io.voxcampaigns.agent.domain.CallSettingsDefaults;
import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.common.AgentSnapshot;
import io.voxcampaigns.events.common.AgentType;
import io.voxcampaigns.events.common.CallSettings;

/** Builds the agent.events records from an agent's state. */
public final class AgentEvents {

    private AgentEvents() {
    }

    public static AgentCreated created(Agent agent) {
        return AgentCreated.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(agent.updatedAt)
                .setOrganizationId(agent.organizationId)
                .setAgentId(agent.id.toString())
                .setAgent(snapshot(agent))
                .build();
    }

    static AgentSnapshot snapshot(Agent agent) {
        return AgentSnapshot.newBuilder()
                .setAgentId(agent.id.toString())
                .setName(agent.name)
                .setType(AgentType.valueOf(agent.type.value()))
                .setCurrentCallSettings(new CallSettings(CallSettingsDefaults.RING_DURATION_SECONDS,
                        CallSettingsDefaults.CALL_TIMEOUT_SECONDS))
                .setProductionVersion(null)
                .setVersions(List.of())
                .setCreatedAt(agent.createdAt)
                .setUpdatedAt(agent.updatedAt)
                .build();
    }
}
