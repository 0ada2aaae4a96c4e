package io.voxcampaigns.agent.service;

import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentVersion;

/** An agent as read: its current state, and the snapshot asked for ({@code version} null when current was asked). */
public record AgentState(Agent agent, AgentVersion version) {
}
