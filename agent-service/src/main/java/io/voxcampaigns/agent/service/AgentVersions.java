package io.voxcampaigns.agent.service;

import java.util.List;

import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentVersion;

/** An agent and its snapshots, newest first. */
public record AgentVersions(Agent agent, List<AgentVersion> newestFirst) {
}
