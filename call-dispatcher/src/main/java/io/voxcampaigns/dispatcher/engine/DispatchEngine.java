package io.voxcampaigns.dispatcher.engine;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate;
import io.voxcampaigns.dispatcher.domain.Decision;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer;
import io.voxcampaigns.dispatcher.engine.UpdateQueue.Pending;
import io.voxcampaigns.dispatcher.persistence.AttemptRow;
import io.voxcampaigns.dispatcher.placement.CallOutcome;
import io.voxcampaigns.dispatcher.placement.CallOutcomes;
import io.voxcampaigns.dispatcher.placement.PlacedCall;

/**
 * Drives dispatch for one dispatcher instance: a wake-up runs rounds for the campaign until one waits; whatever is
 * learned about an attempt (the runtime's answer, a webhook, an outcome) is queued and applied by the campaign's
 * next round, which refills freed slots in the same transaction; the requests a round lets through are sent right
 * after its commit; timers wake campaigns at schedule and window boundaries and when held attempts are due; the
 * sweep ({@link EngineSweep}) covers restarts, other replicas and calls the runtime went silent about. All shared
 * state is in PostgreSQL; the in-memory state here is per campaign with work in flight.
 */
public final class DispatchEngine implements CallOutcomes {

    private static final Logger LOG = Logger.getLogger(DispatchEngine.class);
    private static final int UPDATE_BATCH = 500;

    private final String name;
    private final UUID instanceId = UUID.randomUUID();
    private final EngineParts parts;
    private final KeyedRunner<UUID> rounds;
    private final UpdateQueue updates = new UpdateQueue();
    private final CampaignTimers timers;
    private final RefillLatency refills;
    private final DueAttempts due = new DueAttempts();
    private final RequestPermits permits;
    private final EngineSweep sweep;
    private final Set<UUID> adoptions = ConcurrentHashMap.newKeySet();
    /** Attempts (call ids) with a request of this engine awaiting its answer. */
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicLong started = new AtomicLong();
    private volatile boolean stopped;

    DispatchEngine(String name, EngineParts parts) {
        this.name = name;
        this.parts = parts;
        this.rounds = new KeyedRunner<>(name + " dispatch round", this::round);
        this.timers = new CampaignTimers(parts.vertx(), parts.clock(), this::wake);
        this.refills = new RefillLatency(parts.metrics().refill());
        this.permits = new RequestPermits(parts.placer().maxConcurrentRequests(), this::wake);
        this.sweep = new EngineSweep(this, parts);
    }

    /** Registers the instance and starts the periodic sweep, with a first one now (picks up work left by a restart). */
    public void start() {
        stopped = false;
        sweep.start();
    }

    /**
     * Stops sweeping, waking and sending: updates reported later are still applied, and the attempts it holds are
     * left for another instance to adopt (at once: it deregisters).
     */
    public void stop() {
        stopped = true;
        sweep.stop();
        timers.cancelAll();
    }

    /** Asks for a dispatch decision for the campaign now. */
    public void wake(UUID campaignId) {
        if (!stopped) {
            rounds.trigger(campaignId);
        }
    }

    /** The next round of the campaign takes over the unsettled attempts of dead instances. */
    void adopt(UUID campaignId) {
        adoptions.add(campaignId);
        wake(campaignId);
    }

    @Override
    public void ended(CallOutcome outcome) {
        end(outcome).subscribe().with(applied -> { }, failure -> LOG.warnf("%s: ending call %s failed: %s", name,
                outcome.callId(), failure.toString()));
    }

    @Override
    public void connected(UUID campaignId, UUID callId, String runtimeCallId, Instant ringingAt, Instant connectedAt) {
        apply(campaignId, callId, new AttemptUpdate.RuntimeStarted(runtimeCallId, ringingAt, connectedAt, connectedAt))
                .subscribe().with(applied -> { }, failure -> LOG.warnf("%s: connecting call %s failed: %s", name,
                        callId, failure.toString()));
    }

    /** Applies the runtime's outcome in the campaign's next round; true once that ended the call. */
    public Uni<Boolean> end(CallOutcome outcome) {
        return apply(outcome.campaignId(), outcome.callId(), new AttemptUpdate.RuntimeEnded(outcome.runtimeCallId(),
                outcome.status(), outcome.reason(), outcome.endedAt(), outcome.durationMs(), outcome.connectedAt()));
    }

    /**
     * Queues what was learned about an attempt for the campaign's next round (batched with others); true once that
     * round changed the attempt, false when it changed nothing (already known, or not an attempt of the campaign).
     */
    public Uni<Boolean> apply(UUID campaignId, UUID callId, AttemptUpdate update) {
        Pending pending = new Pending(campaignId, callId, update, System.nanoTime(), new CompletableFuture<>());
        updates.add(pending);
        rounds.trigger(campaignId);
        return Uni.createFrom().completionStage(pending.applied());
    }

    /** Calls this engine sent a first request for (for tests with several engines). */
    public long startedCalls() {
        return started.get();
    }

    UUID instanceId() {
        return instanceId;
    }

    String name() {
        return name;
    }

    boolean stopped() {
        return stopped;
    }

    private Uni<Boolean> round(UUID campaignId) {
        List<Pending> batch = updates.take(campaignId, UPDATE_BATCH);
        boolean adopt = !stopped && adoptions.remove(campaignId);
        int granted = stopped ? 0 : permits.take(parts.config().claimBatchSize());
        boolean sendDue = due.isDue(campaignId, parts.clock().instant());
        RoundRequest request = new RoundRequest(campaignId, batch.stream()
                .map(p -> new RoundRequest.Update(p.callId(), p.update())).toList(), instanceId, !stopped, adopt,
                sendDue, granted, Set.copyOf(inFlight));
        long began = System.nanoTime();
        return parts.round().run(request)
                .invoke(result -> parts.metrics().round(System.nanoTime() - began, decisionName(result.decision())))
                .map(result -> afterRound(campaignId, batch, granted, result))
                .onFailure().invoke(failure -> parts.metrics().round(System.nanoTime() - began, "failed"))
                .onFailure().recoverWithItem(failure -> {
                    permits.give(granted);
                    if (adopt) {
                        adoptions.add(campaignId);
                    }
                    if (!batch.isEmpty()) {
                        // Updates are never dropped: they go back and are applied again after a pause.
                        updates.putBack(campaignId, batch);
                        parts.vertx().setTimer(1000, id -> rounds.trigger(campaignId));
                    }
                    LOG.warnf("%s: dispatch round of campaign %s failed: %s", name, campaignId, failure.toString());
                    return false;
                });
    }

    private boolean afterRound(UUID campaignId, List<Pending> batch, int granted, RoundResult result) {
        permits.give(granted - result.toSend().size());
        if (result.wantsPermits()) {
            permits.await(campaignId);
        }
        if (result.nextDueKnown()) {
            due.set(campaignId, result.nextDue());
        }
        List<UUID> endedIds = result.ended().stream().map(AttemptRow::callId).toList();
        refills.freed(campaignId, batch.stream().filter(p -> endedIds.contains(p.callId()))
                .mapToLong(Pending::reportedAtNanos).toArray());
        result.ended().forEach(call -> parts.metrics().ended(call.attempt().outcome(), call.attempt().reason()));
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).applied().complete(result.applied().get(i));
        }
        scheduleWake(campaignId, result);
        if (result.poolFreed() != null) {
            wakeHeldByPool(result.poolFreed(), campaignId);
        }
        send(campaignId, result.toSend());
        return (result.progressed() && !stopped) || updates.has(campaignId);
    }

    /**
     * The campaign's next wake-up: what its decision waits for, its earliest held attempt or waiting retry coming
     * due. Attempts
     * already due wait for a permit (the permits wake them) or for the campaign to be placeable again (an event or
     * a window timer wakes it), never for a timer that would fire at once.
     */
    private void scheduleWake(UUID campaignId, RoundResult result) {
        Instant now = parts.clock().instant();
        Instant dueAt = result.mayPlace() ? due.at(campaignId) : null;
        if (dueAt != null && !dueAt.isAfter(now)) {
            dueAt = null;
        }
        Instant retryAt = result.retryDue();
        if (retryAt != null && (!retryAt.isAfter(now) || dueAt != null && dueAt.isBefore(retryAt))) {
            retryAt = null;
        }
        if (retryAt != null) {
            dueAt = retryAt;
        }
        boolean waits = result.decision() instanceof Decision.Wait;
        Instant at = waits ? ((Decision.Wait) result.decision()).until() : null;
        if (dueAt != null && (at == null || dueAt.isBefore(at))) {
            at = dueAt;
        }
        if (waits || dueAt != null) {
            timers.wakeAt(campaignId, at);
        }
        if (waits) {
            refills.forget(campaignId);
        }
    }

    /** Calls of the organisation's pool were freed: its campaigns the pool held back get a round. */
    private void wakeHeldByPool(String organizationId, UUID freedBy) {
        parts.campaigns().heldByPool(organizationId, freedBy).subscribe().with(ids -> ids.forEach(this::wake),
                failure -> LOG.debugf("Could not wake the campaigns held by the pool of %s: %s", organizationId,
                        failure.toString()));
    }

    private void send(UUID campaignId, List<PlacedCall> calls) {
        if (calls.isEmpty()) {
            return;
        }
        long first = calls.stream().filter(call -> call.request() == 1).count();
        refills.refilled(campaignId, (int) first);
        parts.metrics().started((int) first);
        started.addAndGet(first);
        calls.forEach(this::place);
    }

    private void place(PlacedCall call) {
        inFlight.add(call.callId());
        Uni<PlacementAnswer> answer;
        try {
            answer = parts.placer().place(call, this);
        } catch (RuntimeException e) {
            answer = Uni.createFrom().item(new PlacementAnswer.Uncertain(
                    "placer failed: " + e));
        }
        answer.subscribe().with(placed -> answered(call, placed), failure -> answered(call,
                new PlacementAnswer.Uncertain("placer failed: " + failure)));
    }

    private void answered(PlacedCall call, PlacementAnswer answer) {
        permits.give(1);
        parts.metrics().answered(answer);
        Uni<Boolean> applied = apply(call.campaignId(), call.callId(),
                new AttemptUpdate.Answered(answer, parts.clock().instant()));
        // in flight until the round that applies the answer committed: only then may the attempt be due again
        applied.subscribe().with(done -> inFlight.remove(call.callId()), failure -> {
            inFlight.remove(call.callId());
            LOG.warnf("%s: recording the answer for call %s failed: %s", name, call.callId(), failure.toString());
        });
    }

    /** The metric tag of a decision: its kind in snake case ({@code start}, {@code pause_for_window}, ...). */
    private static String decisionName(Decision decision) {
        if (decision == null) {
            return "skipped";
        }
        return decision.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
