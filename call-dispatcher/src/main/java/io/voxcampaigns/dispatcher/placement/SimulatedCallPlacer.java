package io.voxcampaigns.dispatcher.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * A voice runtime without network, living in the dispatcher's process: each call rings and talks for its
 * {@link SimulatedPlan}, then reports its end. It honours the idempotency key like a real runtime (a re-sent attempt
 * dials nothing new); its calls die with the process, so an attempt that the durable attempt log shows was placed
 * by an earlier process is answered as taken and ended as an error at once. Its runtime call id is the attempt id.
 */
@ApplicationScoped
@Typed(SimulatedCallPlacer.class)
public class SimulatedCallPlacer implements CallPlacer {

    private final Vertx vertx;
    private final Clock clock;
    private final DispatcherConfig config;
    private final PlacementLog log;
    /** Runtime ids of the calls ringing or talking now (a re-send of one of them is a replay). */
    private final Set<String> live = ConcurrentHashMap.newKeySet();

    SimulatedCallPlacer(Vertx vertx, Clock clock, DispatcherConfig config, PlacementLog log) {
        this.vertx = vertx;
        this.clock = clock;
        this.config = config;
        this.log = log;
    }

    @Override
    public Uni<PlacementAnswer> place(PlacedCall call, CallOutcomes outcomes) {
        String runtimeId = call.attemptId().toString();
        if (log.placedByEarlierProcess(call.attemptId())) {
            vertx.runOnContext(() -> outcomes.ended(new CallOutcome(call.callId(), call.campaignId(), runtimeId,
                    CallStatus.error, DisconnectionReason.error_voxai, clock.instant(), 0, null)));
            return Uni.createFrom().item(new PlacementAnswer.Accepted(runtimeId));
        }
        if (!live.add(runtimeId)) {
            return Uni.createFrom().item(new PlacementAnswer.Accepted(runtimeId));
        }
        log.placing(call);
        SimulatedPlan plan = SimulatedPlan.of(config.simulated(), call.attemptId(), call.settings());
        Instant placedAt = clock.instant();
        // Reported after the answer, as a real runtime's webhook comes after its 201 (timers run on the event loop).
        if (plan.status() == CallStatus.ended) {
            vertx.setTimer(Math.max(1, plan.ring().toMillis()), id -> outcomes.connected(call.campaignId(),
                    call.callId(), runtimeId, placedAt, placedAt.plus(plan.ring())));
        }
        vertx.setTimer(Math.max(1, plan.total().toMillis()), id -> finish(call, plan, placedAt, outcomes));
        return Uni.createFrom().item(new PlacementAnswer.Accepted(runtimeId));
    }

    @Override
    public Uni<RuntimeCallStatus> status(String runtimeCallId) {
        return Uni.createFrom().item(live.contains(runtimeCallId) ? new RuntimeCallStatus.Live()
                : new RuntimeCallStatus.Unknown());
    }

    @Override
    public int maxConcurrentRequests() {
        return Integer.MAX_VALUE;
    }

    private void finish(PlacedCall call, SimulatedPlan plan, Instant placedAt, CallOutcomes outcomes) {
        log.finished(call);
        String runtimeId = call.attemptId().toString();
        live.remove(runtimeId);
        Instant now = clock.instant();
        Instant endedAt = now.isBefore(placedAt) ? placedAt : now;
        outcomes.ended(new CallOutcome(call.callId(), call.campaignId(), runtimeId, plan.status(), plan.reason(),
                endedAt, plan.talk().toMillis(),
                plan.status() == CallStatus.ended ? placedAt.plus(plan.ring()) : null));
    }
}
