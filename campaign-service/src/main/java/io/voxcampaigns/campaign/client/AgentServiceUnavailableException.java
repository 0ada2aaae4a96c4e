package io.voxcampaigns.campaign.client;

/** agent-service answered with an error status other than 404 (a 404 is an answer). */
public class AgentServiceUnavailableException extends RuntimeException {

    public AgentServiceUnavailableException(String message) {
        super(message);
    }
}
