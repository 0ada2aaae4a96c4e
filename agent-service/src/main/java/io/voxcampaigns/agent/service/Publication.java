package io.voxcampaigns.agent.service;

import java.util.UUID;

/** The outcome of a publish: the agent's production label now, and the one it replaced (null when none was). */
public record Publication(UUID agentId, String productionVersion, String previousProductionVersion) {
}
