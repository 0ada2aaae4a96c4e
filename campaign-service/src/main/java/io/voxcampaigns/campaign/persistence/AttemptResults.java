package io.voxcampaigns.campaign.persistence;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.voxcampaigns.campaign.domain.AttemptResult;

/**
 * The attempt_outcomes column of a task: its attempts' outcomes as a JSON array, oldest first, each
 * {@code {"attempt", "call_id", "status", "disconnection_reason", "ended_at"}}.
 */
final class AttemptResults {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Stored>> LIST = new TypeReference<>() {
    };

    private AttemptResults() {
    }

    /** One stored outcome, with the column's field names. */
    record Stored(@JsonProperty("attempt") int attempt, @JsonProperty("call_id") String callId,
                  @JsonProperty("status") String status,
                  @JsonProperty("disconnection_reason") String disconnectionReason,
                  @JsonProperty("ended_at") long endedAt) {
    }

    static List<AttemptResult> read(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, LIST).stream().map(s -> new AttemptResult(s.attempt(), s.callId(),
                    s.status(), s.disconnectionReason(), s.endedAt())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attempt_outcomes is not JSON: " + json, e);
        }
    }

    static String write(List<AttemptResult> results) {
        List<Stored> stored = results.stream().map(r -> new Stored(r.attempt(), r.callId(), r.status(),
                r.disconnectionReason(), r.endedAt())).toList();
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attempt outcomes always serialise", e);
        }
    }
}
