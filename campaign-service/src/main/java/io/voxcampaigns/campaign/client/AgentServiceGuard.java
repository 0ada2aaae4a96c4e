package io.voxcampaigns.campaign.client;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;

/**
 * The fault tolerance around each question to agent-service (SmallRye Fault Tolerance: timeout, retry, circuit
 * breaker), built from the typed {@link AgentServiceConfig}; the programmatic guard rather than annotations, because
 * annotation values can only be overridden through untyped per-method keys.
 */
@ApplicationScoped
public class AgentServiceGuard {

    private final TypedGuard<Uni<Response>> guard;

    AgentServiceGuard(AgentServiceConfig config) {
        AgentServiceConfig.CircuitBreaker breaker = config.circuitBreaker();
        this.guard = TypedGuard.create(new TypeLiteral<Uni<Response>>() { })
                .withDescription("agent-service")
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(config.retries())
                .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .abortOn(CircuitBreakerOpenException.class).done()
                .withCircuitBreaker().name("agent-service")
                .requestVolumeThreshold(breaker.requestVolume())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.openFor().toMillis(), ChronoUnit.MILLIS).done()
                .build();
    }

    /** Runs the question under the guard; the supplier is called again for each retry. */
    public Uni<Response> ask(Supplier<Uni<Response>> question) {
        return guard.get(question);
    }
}
