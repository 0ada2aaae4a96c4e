package io.voxcampaigns.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.voxcampaigns.platform.messaging.RetryingConsumers.Retrying;

/**
 * Readiness: DOWN while a consumer has been retrying one record (or poll) for longer than
 * {@link ConsumerConfig#unreadyAfter()}, naming each such consumer with since when and its last error. Its partition
 * makes no progress meanwhile, so the service is not doing its work. Liveness does not depend on it: a restart
 * would not bring the database back.
 */
@Readiness
@ApplicationScoped
public class ConsumerRetriesHealthCheck implements HealthCheck {

    static final String NAME = "Kafka consumers applying their records";

    private final RetryingConsumers retrying;
    private final ConsumerConfig config;

    ConsumerRetriesHealthCheck(RetryingConsumers retrying, ConsumerConfig config) {
        this.retrying = retrying;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        for (Retrying stuck : retrying.longerThan(config.unreadyAfter())) {
            response.down().withData(stuck.consumer(), "retrying since " + stuck.since() + ": " + stuck.lastError());
        }
        return response.build();
    }
}
