package io.voxcampaigns.dispatcher.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.agent.AgentDeleted;
import io.voxcampaigns.events.agent.AgentUpdated;
import io.voxcampaigns.events.common.AgentSnapshot;
import io.voxcampaigns.events.common.AgentType;
import io.voxcampaigns.events.common.AgentVersionInfo;
import io.voxcampaigns.events.common.CallSettings;

/** agent.events records of one agent, as agent-service publishes them (complete snapshots). */
public final class AgentFeed {

    private final UUID agentId = UUID.randomUUID();
    private final String organizationId;
    private CallSettings current = new CallSettings(30, 900);
    private List<AgentVersionInfo> versions = List.of();

    public AgentFeed(String organizationId) {
        this.organizationId = organizationId;
    }

    public UUID id() {
        return agentId;
    }

    public String organizationId() {
        return organizationId;
    }

    public AgentCreated created(int ringSeconds, int timeoutSeconds) {
        current = new CallSettings(ringSeconds, timeoutSeconds);
        return AgentCreated.newBuilder().setEventId(newId()).setOccurredAt(now()).setOrganizationId(organizationId)
                .setAgentId(agentId.toString()).setAgent(snapshot()).build();
    }

    /** A new version v{n} frozen with the current settings, then new current settings. */
    public AgentUpdated versionedThenChanged(int ringSeconds, int timeoutSeconds, Instant at) {
        versions = new ArrayList<>(versions);
        versions.add(new AgentVersionInfo("v" + (versions.size() + 1), current, now()));
        current = new CallSettings(ringSeconds, timeoutSeconds);
        return AgentUpdated.newBuilder().setEventId(newId()).setOccurredAt(at).setOrganizationId(organizationId)
                .setAgentId(agentId.toString()).setAgent(snapshot()).build();
    }

    public AgentDeleted deleted() {
        return AgentDeleted.newBuilder().setEventId(newId()).setOccurredAt(now()).setOrganizationId(organizationId)
                .setAgentId(agentId.toString()).setAgent(snapshot()).build();
    }

    private AgentSnapshot snapshot() {
        return AgentSnapshot.newBuilder().setAgentId(agentId.toString()).setName("Agent " + agentId)
                .setType(AgentType.single_prompt).setCurrentCallSettings(current).setProductionVersion(null)
                .setVersions(List.copyOf(versions)).setCreatedAt(now()).setUpdatedAt(now()).build();
    }

    private static Instant now() {
        return TestClock.INSTANCE.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
