package io.voxcampaigns.campaign.persistence;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.voxcampaigns.campaign.domain.AttemptResult;

/** The attempt_outcomes column of a task: its attempts' outcomes as a JSON array, oldest first. */
final class AttemptResults {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<AttemptResult>> LIST = new TypeReference<>() {
    };

    private AttemptResults() {
    }

    static List<AttemptResult> read(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attempt_outcomes is not JSON: " + json, e);
        }
    }

    static String write(List<AttemptResult> results) {
        try {
            return JSON.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attempt outcomes always serialise", e);
        }
    }
}
