package io.voxcampaigns.agent.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of POST /v3/agents (the foundation slice: name and type; data and flow_data follow with the agents API). */
public record CreateAgentRequest(@JsonProperty("name") String name, @JsonProperty("type") String type) {
}
