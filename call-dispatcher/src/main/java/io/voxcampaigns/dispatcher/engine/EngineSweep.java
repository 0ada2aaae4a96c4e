package io.voxcampaigns.dispatcher.engine;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate;
import io.voxcampaigns.dispatcher.persistence.CallLookups.OverdueCall;
import io.voxcampaigns.dispatcher.placement.RuntimeCallStatus;

/**
 * The engine's periodic safety net: renews the instance's heartbeat, asks the runtime about placed calls past their
 * deadline (a call it still holds keeps its slot; one it ended or lost ends here), has the unsettled attempts of
 * dead instances adopted, and wakes every unfinished campaign (restarts, other replicas, missed events).
 */
final class EngineSweep {

    private static final Logger LOG = Logger.getLogger(EngineSweep.class);
    private static final int PAGE = 500;
    private static final int STATUS_QUERIES_AT_ONCE = 8;
    private static final UUID FIRST = new UUID(0, 0);

    private final DispatchEngine engine;
    private final EngineParts parts;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private volatile long timer = -1;

    EngineSweep(DispatchEngine engine, EngineParts parts) {
        this.engine = engine;
        this.parts = parts;
    }

    void start() {
        timer = parts.vertx().setPeriodic(parts.config().sweepInterval().toMillis(), id -> sweep());
        sweep();
    }

    void stop() {
        if (timer >= 0) {
            parts.vertx().cancelTimer(timer);
        }
        parts.instances().leave(engine.instanceId()).subscribe().with(done -> { }, failure -> LOG.debugf(
                "%s: could not deregister: %s", engine.name(), failure.toString()));
    }

    private void sweep() {
        if (engine.stopped() || !sweeping.compareAndSet(false, true)) {
            return;
        }
        Instant now = parts.clock().instant();
        parts.instances().heartbeat(engine.instanceId(), engine.name())
                .chain(() -> askAboutOverdue(now))
                .chain(this::adoptOrphans)
                .chain(() -> wakeUnfinished(FIRST))
                .subscribe().with(done -> sweeping.set(false), failure -> {
                    LOG.warnf("%s: sweep failed: %s", engine.name(), failure.toString());
                    sweeping.set(false);
                });
    }

    /**
     * Placed calls past ring + call timeout + margin: the runtime's webhook was lost or is late. The slot is freed
     * only on the runtime's word (ended, or unknown to it); while it holds the call or cannot be asked, the call is
     * asked about again one margin later.
     */
    private Uni<Void> askAboutOverdue(Instant now) {
        return parts.calls().overdue(now, PAGE).chain(overdue -> {
            if (overdue.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return Multi.createFrom().iterable(overdue)
                    .onItem().transformToUni(call -> ask(call, now)).merge(STATUS_QUERIES_AT_ONCE)
                    .collect().last().replaceWithVoid();
        });
    }

    private Uni<Void> ask(OverdueCall call, Instant now) {
        Uni<RuntimeCallStatus> status = call.runtimeCallId() == null
                ? Uni.createFrom().item(new RuntimeCallStatus.Unknown())
                : parts.placer().status(call.runtimeCallId());
        return status.invoke(answer -> {
            AttemptUpdate update = update(answer, call, now);
            if (answer instanceof RuntimeCallStatus.Unknown || answer instanceof RuntimeCallStatus.Ended) {
                LOG.infof("%s: call %s got no outcome before its deadline; the runtime says %s", engine.name(),
                        call.callId(), answer);
            }
            engine.apply(call.campaignId(), call.callId(), update).subscribe().with(applied -> { }, failure -> { });
        }).replaceWithVoid();
    }

    private AttemptUpdate update(RuntimeCallStatus answer, OverdueCall call, Instant now) {
        if (answer instanceof RuntimeCallStatus.Ended ended) {
            return new AttemptUpdate.RuntimeEnded(call.runtimeCallId(), ended.status(), ended.reason(),
                    ended.endedAt(), ended.durationMs(), ended.connectedAt());
        }
        if (answer instanceof RuntimeCallStatus.Unknown) {
            return new AttemptUpdate.RuntimeLost(now);
        }
        return new AttemptUpdate.StillLive(now.plus(parts.config().callDeadlineMargin()), now);
    }

    private Uni<Void> adoptOrphans() {
        return parts.calls().campaignsWithOrphans(parts.config().instanceTimeout(), PAGE)
                .invoke(campaigns -> campaigns.forEach(engine::adopt)).replaceWithVoid();
    }

    private Uni<Void> wakeUnfinished(UUID after) {
        return parts.campaigns().unfinished(after, PAGE).chain(page -> {
            page.forEach(engine::wake);
            return page.size() < PAGE ? Uni.createFrom().voidItem() : wakeUnfinished(page.get(page.size() - 1));
        });
    }
}
