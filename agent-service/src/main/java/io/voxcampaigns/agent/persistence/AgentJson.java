package io.voxcampaigns.agent.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.voxcampaigns.agent.domain.data.AgentData;
import io.voxcampaigns.agent.domain.flow.FlowData;

/**
 * The stored JSON form of the typed agent models. Reading tolerates keys the model no longer has, so rows written
 * by an older release stay readable (requests are parsed strictly elsewhere).
 */
public final class AgentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AgentJson() {
    }

    public static String write(Object model) {
        if (model == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agent model is not serialisable", e);
        }
    }

    public static AgentData data(String json) {
        return read(json, AgentData.class);
    }

    public static FlowData flow(String json) {
        return read(json, FlowData.class);
    }

    private static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored agent JSON does not match its model", e);
        }
    }
}
