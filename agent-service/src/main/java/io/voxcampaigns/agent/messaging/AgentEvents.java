package io.voxcampaigns.agent.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.voxcampaigns.agent.domain.data.AgentData;
import io.voxcampaigns.agent.domain.data.CallSettingsSection;
import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentJson;
import io.voxcampaigns.agent.persistence.AgentVersion;
import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.agent.AgentDeleted;
import io.voxcampaigns.events.agent.AgentUpdated;
import io.voxcampaigns.events.agent.AgentVersionPublished;
import io.voxcampaigns.events.common.AgentSnapshot;
import io.voxcampaigns.events.common.AgentType;
import io.voxcampaigns.events.common.AgentVersionInfo;
import io.voxcampaigns.events.common.CallSettings;

/** Builds the agent.events records, each carrying the agent's complete snapshot (never a diff). */
public final class AgentEvents {

    private AgentEvents() {
    }

    public static AgentCreated created(Agent agent, List<AgentVersion> versions) {
        return AgentCreated.newBuilder().setEventId(newId()).setOccurredAt(agent.updatedAt)
                .setOrganizationId(agent.organizationId).setAgentId(agent.id.toString())
                .setAgent(snapshot(agent, versions)).build();
    }

    public static AgentUpdated updated(Agent agent, List<AgentVersion> versions) {
        return AgentUpdated.newBuilder().setEventId(newId()).setOccurredAt(agent.updatedAt)
                .setOrganizationId(agent.organizationId).setAgentId(agent.id.toString())
                .setAgent(snapshot(agent, versions)).build();
    }

    public static AgentVersionPublished published(Agent agent, List<AgentVersion> versions, String previous) {
        return AgentVersionPublished.newBuilder().setEventId(newId()).setOccurredAt(agent.updatedAt)
                .setOrganizationId(agent.organizationId).setAgentId(agent.id.toString())
                .setVersion(agent.productionVersion).setPreviousVersion(previous)
                .setAgent(snapshot(agent, versions)).build();
    }

    public static AgentDeleted deleted(Agent agent, List<AgentVersion> versions, Instant deletedAt) {
        return AgentDeleted.newBuilder().setEventId(newId()).setOccurredAt(deletedAt)
                .setOrganizationId(agent.organizationId).setAgentId(agent.id.toString())
                .setAgent(snapshot(agent, versions)).build();
    }

    static AgentSnapshot snapshot(Agent agent, List<AgentVersion> versions) {
        return AgentSnapshot.newBuilder()
                .setAgentId(agent.id.toString())
                .setName(agent.name)
                .setType(AgentType.valueOf(agent.type.value()))
                .setCurrentCallSettings(callSettings(agent.data))
                .setProductionVersion(agent.productionVersion)
                .setVersions(versions.stream().map(AgentEvents::versionInfo).toList())
                .setCreatedAt(agent.createdAt)
                .setUpdatedAt(agent.updatedAt)
                .build();
    }

    private static AgentVersionInfo versionInfo(AgentVersion version) {
        return new AgentVersionInfo(version.label, callSettings(version.data), version.createdAt);
    }

    private static CallSettings callSettings(String dataJson) {
        AgentData data = AgentJson.data(dataJson);
        CallSettingsSection section = data.callSettings();
        return new CallSettings(section.ringDurationInSeconds(), section.callTimeoutInSeconds());
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
