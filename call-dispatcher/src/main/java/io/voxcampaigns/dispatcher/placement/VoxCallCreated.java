package io.voxcampaigns.dispatcher.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The part of the runtime's CallResponse the dispatcher keeps: the runtime's call id, named by later webhooks. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VoxCallCreated(@JsonProperty("id") String id, @JsonProperty("status") String status) {
}
