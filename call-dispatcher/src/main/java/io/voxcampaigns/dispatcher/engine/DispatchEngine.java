package io.voxcampaigns.dispatcher.engine;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.engine.EndQueue.PendingEnd;
import io.voxcampaigns.dispatcher.persistence.CallEnds.EndedCall;
import io.voxcampaigns.dispatcher.placement.CallOutcome;
import io.voxcampaigns.dispatcher.placement.CallOutcomes;
import io.voxcampaigns.dispatcher.placement.PlacedCall;

/**
 * Drives dispatch: a wake-up runs decision rounds for the campaign until one waits; a call's end is queued and the
 * next round records it and refills its slot in the same transaction (event-driven refill); timers wake campaigns
 * at schedule and window boundaries; a periodic sweep closes overdue calls and wakes every unfinished campaign,
 * covering restarts and other replicas. All shared state is in PostgreSQL; the in-memory state here is per campaign
 * with work in flight.
 */
public final class DispatchEngine implements CallOutcomes {

    private static final Logger LOG = Logger.getLogger(DispatchEngine.class);
    private static final int END_BATCH = 500;
    private static final int SWEEP_PAGE = 500;
    private static final UUID FIRST = new UUID(0, 0);

    private final String name;
    private final EngineParts parts;
    private final KeyedRunner<UUID> rounds;
    private final EndQueue ends = new EndQueue();
    private final CampaignTimers timers;
    private final RefillLatency refills;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final AtomicLong started = new AtomicLong();
    private volatile long sweepTimer = -1;
    private volatile boolean stopped;

    DispatchEngine(String name, EngineParts parts) {
        this.name = name;
        this.parts = parts;
        this.rounds = new KeyedRunner<>(name + " dispatch round", this::round);
        this.timers = new CampaignTimers(parts.vertx(), parts.clock(), this::wake);
        this.refills = new RefillLatency(parts.metrics().refill());
    }

    /** Starts the periodic sweep, with a first one now (picks up work left by a restart). */
    public void start() {
        stopped = false;
        sweepTimer = parts.vertx().setPeriodic(parts.config().sweepInterval().toMillis(), id -> sweep());
        sweep();
    }

    /**
     * Stops sweeping, waking and starting calls: outcomes reported later are still recorded, and the slots they
     * free are left to the other replicas.
     */
    public void stop() {
        stopped = true;
        if (sweepTimer >= 0) {
            parts.vertx().cancelTimer(sweepTimer);
        }
        timers.cancelAll();
    }

    /** Asks for a dispatch decision for the campaign now. */
    public void wake(UUID campaignId) {
        if (!stopped) {
            rounds.trigger(campaignId);
        }
    }

    @Override
    public void ended(CallOutcome outcome) {
        end(outcome).subscribe().with(applied -> { }, failure -> LOG.warnf("%s: ending call %s failed: %s", name,
                outcome.callId(), failure.toString()));
    }

    /**
     * Queues the outcome for the campaign's next round (batched with others); true once that round ended the call,
     * false when it had already ended.
     */
    public Uni<Boolean> end(CallOutcome outcome) {
        PendingEnd pending = new PendingEnd(outcome, System.nanoTime(), new CompletableFuture<>());
        ends.add(pending);
        rounds.trigger(outcome.campaignId());
        return Uni.createFrom().completionStage(pending.applied());
    }

    /** Calls this engine started (for tests with several engines). */
    public long startedCalls() {
        return started.get();
    }

    private Uni<Boolean> round(UUID campaignId) {
        List<PendingEnd> batch = ends.take(campaignId, END_BATCH);
        long began = System.nanoTime();
        return parts.round().run(campaignId, batch.stream().map(PendingEnd::outcome).toList(), !stopped)
                .invoke(result -> parts.metrics().round(System.nanoTime() - began, decisionName(result.decision())))
                .map(result -> afterRound(campaignId, batch, result))
                .onFailure().invoke(failure -> parts.metrics().round(System.nanoTime() - began, "failed"))
                .onFailure().recoverWithItem(failure -> {
                    if (!batch.isEmpty()) {
                        // Outcomes are never dropped: they go back and are written again after a pause.
                        ends.putBack(campaignId, batch);
                        parts.vertx().setTimer(1000, id -> rounds.trigger(campaignId));
                    }
                    LOG.warnf("%s: dispatch round of campaign %s failed: %s", name, campaignId, failure.toString());
                    return false;
                });
    }

    private boolean afterRound(UUID campaignId, List<PendingEnd> batch, RoundResult result) {
        Set<UUID> endedIds = result.ended().stream().map(EndedCall::callId).collect(Collectors.toSet());
        refills.freed(campaignId, batch.stream().filter(end -> endedIds.contains(end.outcome().callId()))
                .mapToLong(PendingEnd::reportedAtNanos).toArray());
        result.ended().forEach(call -> parts.metrics().ended(call.status(), call.reason()));
        batch.forEach(end -> end.applied().complete(endedIds.contains(end.outcome().callId())));
        if (result.decision() instanceof Decision.Wait wait) {
            timers.wakeAt(campaignId, wait.until());
            refills.forget(campaignId);
        }
        List<PlacedCall> placed = result.placed();
        if (!placed.isEmpty()) {
            refills.refilled(campaignId, placed.size());
            parts.metrics().started(placed.size());
            started.addAndGet(placed.size());
            placed.forEach(this::place);
        }
        return (result.progressed() && !stopped) || ends.has(campaignId);
    }

    /** The metric tag of a decision: its kind in snake case ({@code start}, {@code pause_for_window}, ...). */
    private static String decisionName(Decision decision) {
        if (decision == null) {
            return "skipped";
        }
        return decision.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private void place(PlacedCall call) {
        try {
            parts.placer().place(call, this);
        } catch (RuntimeException e) {
            LOG.warnf("%s: placing call %s failed: %s", name, call.callId(), e.toString());
            ended(CallOutcome.error(call.callId(), call.campaignId(), parts.clock().instant()));
        }
    }
    private void sweep() {
        if (stopped || !sweeping.compareAndSet(false, true)) {
            return;
        }
        Instant now = parts.clock().instant();
        closeOverdue(now).chain(() -> wakeUnfinished(FIRST)).subscribe().with(done -> sweeping.set(false), failure -> {
            LOG.warnf("%s: sweep failed: %s", name, failure.toString());
            sweeping.set(false);
        });
    }

    private Uni<Void> closeOverdue(Instant now) {
        return parts.calls().overdue(now, SWEEP_PAGE).invoke(overdue -> {
            if (!overdue.isEmpty()) {
                LOG.warnf("%s: %d calls got no outcome before their deadline; closing them as error", name,
                        overdue.size());
            }
            overdue.forEach(call -> ended(CallOutcome.error(call.callId(), call.campaignId(), now)));
        }).replaceWithVoid();
    }

    private Uni<Void> wakeUnfinished(UUID after) {
        return parts.campaigns().unfinished(after, SWEEP_PAGE).chain(page -> {
            page.forEach(this::wake);
            return page.size() < SWEEP_PAGE ? Uni.createFrom().voidItem() : wakeUnfinished(page.get(page.size() - 1));
        });
    }
}
