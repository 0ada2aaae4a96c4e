package io.voxcampaigns.agent.service;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.agent.domain.flow.FlowData;

/**
 * A PATCH of an agent: the top-level keys the client sent (omitted keeps, null clears) and their values; {@code data}
 * is the partial JSON as sent, because the merge needs to know which of its keys were sent.
 */
public record AgentChanges(Set<String> sent, String name, JsonNode data, FlowData flowData) {

    public AgentChanges {
        sent = Set.copyOf(sent);
    }

    public boolean has(String key) {
        return sent.contains(key);
    }
}
