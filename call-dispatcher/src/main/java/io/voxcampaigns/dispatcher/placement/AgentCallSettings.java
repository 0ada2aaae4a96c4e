package io.voxcampaigns.dispatcher.placement;

import java.time.Duration;

/** The agent's ringDurationInSeconds and callTimeoutInSeconds that a call is placed with. */
public record AgentCallSettings(int ringDurationSeconds, int callTimeoutSeconds) {

    /** The longest a call can last before its outcome must be known: ring plus talk. */
    public Duration longestCall() {
        return Duration.ofSeconds((long) ringDurationSeconds + callTimeoutSeconds);
    }
}
