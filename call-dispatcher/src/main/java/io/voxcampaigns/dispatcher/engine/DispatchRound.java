package io.voxcampaigns.dispatcher.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.engine.Decision.CancelQueued;
import io.voxcampaigns.dispatcher.engine.Decision.Drain;
import io.voxcampaigns.dispatcher.engine.Decision.Fail;
import io.voxcampaigns.dispatcher.engine.Decision.PauseForWindow;
import io.voxcampaigns.dispatcher.engine.Decision.ReachSchedule;
import io.voxcampaigns.dispatcher.engine.Decision.ResumeForWindow;
import io.voxcampaigns.dispatcher.engine.Decision.Start;
import io.voxcampaigns.dispatcher.engine.Decision.Wait;
import io.voxcampaigns.dispatcher.messaging.CallEvents;
import io.voxcampaigns.dispatcher.persistence.CallEnds;
import io.voxcampaigns.dispatcher.persistence.CallEnds.EndedCall;
import io.voxcampaigns.dispatcher.persistence.CampaignLocks;
import io.voxcampaigns.dispatcher.persistence.CampaignRow;
import io.voxcampaigns.dispatcher.persistence.DispatchState;
import io.voxcampaigns.dispatcher.persistence.TaskClaims;
import io.voxcampaigns.dispatcher.placement.AgentCallSettings;
import io.voxcampaigns.dispatcher.placement.CallOutcome;
import io.voxcampaigns.dispatcher.placement.PlacedCall;
import io.voxcampaigns.platform.outbox.OutboxBatch;

/**
 * One dispatch round for one campaign, in one transaction: lock the campaign row, record the outcomes of calls
 * that ended (freeing their slots), decide, carry the decision out, write the events to the outbox, commit. So the
 * slots a call end frees are refilled in the same transaction, and claims, the slot count and CallStarted commit
 * together: the cap holds across any number of replicas.
 */
@ApplicationScoped
public class DispatchRound {

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    CampaignLocks locks;

    @Inject
    CallEnds calls;

    @Inject
    TaskClaims tasks;

    @Inject
    DispatchState state;

    @Inject
    OutboxBatch outbox;

    @Inject
    DispatcherConfig config;

    /** What the decision did inside the transaction. */
    private record Acted(List<PlacedCall> placed, boolean changed) {

        static final Acted NOTHING = new Acted(List.of(), false);
        static final Acted CHANGED = new Acted(List.of(), true);
    }

    /**
     * Runs a round; with outcomes to record it waits for the row lock, without it skips a row another round holds
     * (that round decides on the state that woke this one). Without {@code startCalls} (a stopping engine) it
     * records outcomes and announces facts but claims nothing.
     */
    public Uni<RoundResult> run(UUID campaignId, List<CallOutcome> outcomes, boolean startCalls) {
        return pool.withTransaction(connection -> (outcomes.isEmpty() ? locks.lockOrSkip(connection, campaignId)
                : locks.lock(connection, campaignId))
                .chain(campaign -> campaign == null ? Uni.createFrom().item(RoundResult.skipped())
                        : end(connection, campaign, outcomes).chain(ended ->
                                decide(connection, campaign.afterEnding(ended.size()), ended, startCalls))));
    }

    private Uni<List<EndedCall>> end(SqlConnection connection, CampaignRow campaign, List<CallOutcome> outcomes) {
        return outcomes.isEmpty() ? Uni.createFrom().item(List.of())
                : calls.end(connection, campaign.campaignId(), outcomes);
    }

    private Uni<RoundResult> decide(SqlConnection connection, CampaignRow campaign, List<EndedCall> ended,
                                    boolean startCalls) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Decision decided = StartDecision.decide(campaign.snapshot(), now, limits());
        Decision decision = decided instanceof Start && !startCalls ? new Wait(null) : decided;
        List<SpecificRecord> events = new ArrayList<>();
        ended.forEach(call -> events.add(CallEvents.ended(campaign.campaignId(), call)));
        return act(connection, campaign, decision, now, events)
                .call(acted -> countSlots(connection, campaign, ended.size(), acted.placed().size()))
                .call(() -> outbox.append(connection, events, campaign.traceParent()))
                .map(acted -> new RoundResult(decision, ended, acted.placed(), acted.changed()));
    }

    private Uni<Acted> act(SqlConnection connection, CampaignRow campaign, Decision decision, Instant now,
                           List<SpecificRecord> events) {
        UUID id = campaign.campaignId();
        if (decision instanceof Start start) {
            return start(connection, campaign, start, now, events);
        }
        if (decision instanceof CancelQueued cancel) {
            return cancel(connection, campaign, cancel, now, events);
        }
        if (decision instanceof Wait) {
            return Uni.createFrom().item(Acted.NOTHING);
        }
        Uni<Void> write;
        if (decision instanceof ReachSchedule reached) {
            events.add(CallEvents.scheduleReached(campaign, reached.scheduledAt(), now));
            write = state.scheduleReached(connection, id);
        } else if (decision instanceof PauseForWindow pause) {
            events.add(CallEvents.windowClosed(campaign, pause.closedAt(), pause.nextOpening()));
            write = state.pausedForWindow(connection, id, campaign.window().autoResume());
        } else if (decision instanceof ResumeForWindow resume) {
            events.add(CallEvents.windowOpened(campaign, resume.openedAt(), resume.autoResume()));
            write = state.windowOpened(connection, id, resume.autoResume());
        } else if (decision instanceof Drain drain) {
            events.add(CallEvents.drained(campaign, drain.drainedAt()));
            write = state.drained(connection, id, drain.drainedAt());
        } else if (decision instanceof Fail fail) {
            write = state.failed(connection, id, fail.reason());
        } else {
            throw new IllegalStateException("unhandled decision " + decision);
        }
        return write.replaceWith(Acted.CHANGED);
    }

    private Uni<Acted> start(SqlConnection connection, CampaignRow campaign, Start start, Instant now,
                             List<SpecificRecord> events) {
        AgentCallSettings settings = callSettings(campaign);
        Instant deadline = now.plus(settings.longestCall()).plus(config.callDeadlineMargin());
        return tasks.claim(connection, campaign, start.calls(), now, settings, deadline).map(claimed -> {
            if (!claimed.isEmpty() && !campaign.started()) {
                events.add(CallEvents.dispatchStarted(campaign, now));
            }
            claimed.forEach(call -> events.add(CallEvents.started(call)));
            return new Acted(claimed, !claimed.isEmpty());
        });
    }

    private Uni<Void> countSlots(SqlConnection connection, CampaignRow campaign, int ended, int started) {
        if (ended == 0 && started == 0) {
            return Uni.createFrom().voidItem();
        }
        return state.slots(connection, campaign.campaignId(), ended, started).invoke(counted -> {
            if (!counted) {
                // The row lock makes this unreachable; failing rolls the claim back rather than break the cap.
                throw new IllegalStateException("concurrency cap of campaign " + campaign.campaignId()
                        + " would be exceeded");
            }
        }).replaceWithVoid();
    }

    private Uni<Acted> cancel(SqlConnection connection, CampaignRow campaign, CancelQueued cancel, Instant now,
                              List<SpecificRecord> events) {
        return tasks.cancel(connection, campaign, cancel.tasks(), now).chain(canceled -> {
            boolean announce = cancel.announceFailure() && canceled.size() == cancel.tasks();
            canceled.forEach(task -> events.add(CallEvents.canceled(campaign, task, now)));
            if (announce) {
                events.add(CallEvents.dispatchFailed(campaign, campaign.failureReason(), now));
            }
            boolean changed = !canceled.isEmpty() || announce;
            return (changed ? state.canceled(connection, campaign.campaignId(), canceled.size(), announce)
                    : Uni.createFrom().voidItem()).replaceWith(new Acted(List.of(), changed));
        });
    }

    private AgentCallSettings callSettings(CampaignRow campaign) {
        if (campaign.agent() == AgentState.KNOWN) {
            return new AgentCallSettings(campaign.ringSeconds(), campaign.timeoutSeconds());
        }
        return new AgentCallSettings(config.defaultCallSettings().ringDurationSeconds(),
                config.defaultCallSettings().callTimeoutSeconds());
    }

    private DecisionLimits limits() {
        return new DecisionLimits(config.claimBatchSize(), config.cancelBatchSize(), config.unknownAgentGrace());
    }
}
