package io.voxcampaigns.dispatcher.placement;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import io.vertx.mutiny.core.Vertx;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;

/** A voice runtime without network: each call rings and talks for its {@link SimulatedPlan}, then reports its end. */
@ApplicationScoped
@Typed(SimulatedCallPlacer.class)
public class SimulatedCallPlacer implements CallPlacer {

    @Inject
    Vertx vertx;

    @Inject
    Clock clock;

    @Inject
    DispatcherConfig config;

    @Inject
    PlacementLog log;

    @Override
    public void place(PlacedCall call, CallOutcomes outcomes) {
        log.placing(call);
        SimulatedPlan plan = SimulatedPlan.of(config.simulated(), call.attemptId(), call.settings());
        long delay = plan.total().toMillis();
        if (delay == 0) {
            finish(call, plan, outcomes);
        } else {
            vertx.setTimer(delay, id -> finish(call, plan, outcomes));
        }
    }

    private void finish(PlacedCall call, SimulatedPlan plan, CallOutcomes outcomes) {
        log.finished(call);
        Instant now = clock.instant();
        Instant endedAt = now.isBefore(call.startedAt()) ? call.startedAt() : now;
        outcomes.ended(new CallOutcome(call.callId(), call.campaignId(), plan.status(), plan.reason(), endedAt,
                plan.talk().toMillis()));
    }
}
