package io.voxcampaigns.campaign.client;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How campaign-service asks agent-service (prefix vox.agent-service): where, and the fault tolerance around each
 * question ({@link AgentServiceGuard}).
 */
@ConfigMapping(prefix = "vox.agent-service")
public interface AgentServiceConfig {

    /** Base URL of agent-service (the REST client's quarkus.rest-client.agent-service.url points here). */
    String url();

    /** How long one attempt may take. */
    @WithDefault("2s")
    Duration timeout();

    /** Attempts after the first one that failed (an error status other than 404, a timeout, a connection error). */
    @WithDefault("1")
    int retries();

    /** Pause before a retry. */
    @WithDefault("100ms")
    Duration retryDelay();

    /** When the circuit opens: every question fails at once while it is open (a create answers 503). */
    CircuitBreaker circuitBreaker();

    /** The circuit breaker's rolling window and how long it stays open. */
    interface CircuitBreaker {

        /** Attempts in the rolling window. */
        @WithDefault("20")
        int requestVolume();

        /** Share of failed attempts in the window that opens the circuit. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the circuit stays open before one trial attempt. */
        @WithDefault("5s")
        Duration openFor();
    }
}
