package io.voxcampaigns.agent.service;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.agent.domain.flow.FlowData;

/**
 * What a create request asks for, before any rule is checked: {@code type} as sent (null means single_prompt),
 * {@code data} as the partial JSON the client sent (null when omitted).
 */
public record AgentDraft(String name, String type, JsonNode data, FlowData flowData) {
}
