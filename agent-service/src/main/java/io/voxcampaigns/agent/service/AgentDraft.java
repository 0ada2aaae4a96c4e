package io.voxcampaigns.agent.service;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.agent.domain.flow.FlowData;

/**
 * What a create request asks for, before any rule is checked: {@code type} as sent (null means single_prompt),
 * {@code data} as the partial JSON the client sent (null when omitted).
 */
public record AgentDraft(String name, String type, JsonNode data, FlowData flowData) {

    /** The JSON names of the fields the request set. */
    public List<String> sentFields() {
        List<String> sent = new ArrayList<>();
        if (name != null) {
            sent.add("name");
        }
        if (type != null) {
            sent.add("type");
        }
        if (data != null && !data.isNull()) {
            sent.add("data");
        }
        if (flowData != null) {
            sent.add("flow_data");
        }
        return sent;
    }
}
