package io.voxcampaigns.agent.domain.data;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code data.knowledge}: retrieval over knowledge bases (integer ids). */
public record KnowledgeSettings(@JsonProperty("ragEnabled") Boolean ragEnabled,
                                @JsonProperty("knowledgeIds") List<Long> knowledgeIds) {
}
