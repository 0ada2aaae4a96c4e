package io.voxcampaigns.campaign.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What agent-service answers for an agent version: on 200 the agent (only production_version is read here), on 404
 * the error envelope, whose details.resource tells a missing agent from a missing version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentReply(@JsonProperty("production_version") String productionVersion,
                         @JsonProperty("error") Error error) {

    /** The error envelope's body. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(@JsonProperty("details") Details details) {
    }

    /** Which resource was not found. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Details(@JsonProperty("resource") String resource) {
    }

    /** Whether a 404 is about the version (the agent exists). */
    boolean versionMissing() {
        return error != null && error.details() != null && "agent version".equals(error.details().resource());
    }
}
