package io.voxcampaigns.dispatcher.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.domain.AgentState;
import io.voxcampaigns.dispatcher.domain.AttemptPolicy;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate;
import io.voxcampaigns.dispatcher.domain.Decision;
import io.voxcampaigns.dispatcher.domain.Decision.Start;
import io.voxcampaigns.dispatcher.domain.Decision.Wait;
import io.voxcampaigns.dispatcher.domain.DecisionLimits;
import io.voxcampaigns.dispatcher.domain.PlacementGate;
import io.voxcampaigns.dispatcher.domain.StartDecision;
import io.voxcampaigns.dispatcher.persistence.AttemptRow;
import io.voxcampaigns.dispatcher.persistence.Attempts;
import io.voxcampaigns.dispatcher.persistence.CampaignLocks;
import io.voxcampaigns.dispatcher.persistence.CampaignRow;
import io.voxcampaigns.dispatcher.persistence.DispatchState;
import io.voxcampaigns.dispatcher.persistence.DispatchState.SlotChange;
import io.voxcampaigns.dispatcher.persistence.TaskClaims;
import io.voxcampaigns.dispatcher.placement.AgentCallSettings;
import io.voxcampaigns.dispatcher.placement.PlacedCall;
import io.voxcampaigns.dispatcher.engine.OrganizationLimiter.Allowance;
import io.voxcampaigns.events.common.CancelReason;
import io.voxcampaigns.events.common.ThrottleReason;
import io.voxcampaigns.platform.outbox.OutboxBatch;

/**
 * One dispatch round for one campaign, in one transaction holding the campaign's row lock: apply what was learned
 * about its attempts (answers, webhooks, outcomes), decide, carry the decision out, pass the attempts due for a
 * request through the gate (sent now, given back to the queue, or held), settle the slots, write the events to the
 * outbox, commit. Every change to a campaign's attempts and slots happens here, so the cap holds across any number
 * of replicas, a freed slot is refilled in the same transaction, and the requests leave right after the commit
 * that checked the campaign may place them. Tasks asked for one more attempt (callbacks, re-runs) are queued again
 * once the round's own attempt changes are written.
 */
@ApplicationScoped
public class DispatchRound {

    private final Pool pool;
    private final Clock clock;
    private final CampaignLocks locks;
    private final Attempts attempts;
    private final TaskClaims tasks;
    private final DispatchState state;
    private final DecisionActions actions;
    private final OutboxBatch outbox;
    private final DispatcherConfig config;
    private final RoundRetries retries;
    private final RoundRequeues requeues;
    private final OrganizationLimiter limiter;

    DispatchRound(Pool pool, Clock clock, CampaignLocks locks, Attempts attempts, TaskClaims tasks,
                  DispatchState state, DecisionActions actions, OutboxBatch outbox, DispatcherConfig config,
                  RoundRetries retries, RoundRequeues requeues, OrganizationLimiter limiter) {
        this.pool = pool;
        this.clock = clock;
        this.locks = locks;
        this.attempts = attempts;
        this.tasks = tasks;
        this.state = state;
        this.actions = actions;
        this.outbox = outbox;
        this.config = config;
        this.retries = retries;
        this.requeues = requeues;
        this.limiter = limiter;
    }

    /** The round's working state inside the transaction. */
    private record Work(SqlConnection connection, RoundRequest request, Instant now, AttemptChanges changes,
                        List<SpecificRecord> events) {
    }

    /**
     * Runs a round; with updates to apply (or attempts to adopt) it waits for the row lock, without it skips a row
     * another round holds (that round decides on the state that woke this one).
     */
    Uni<RoundResult> run(RoundRequest request) {
        boolean mustLock = !request.updates().isEmpty() || request.adopt();
        return pool.withTransaction(connection -> (mustLock ? locks.lock(connection, request.campaignId())
                : locks.lockOrSkip(connection, request.campaignId()))
                .chain(campaign -> campaign == null ? Uni.createFrom().item(RoundResult.skipped(
                        request.updates().size())) : inRound(connection, request, campaign)));
    }

    private Uni<RoundResult> inRound(SqlConnection connection, RoundRequest request, CampaignRow campaign) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<UUID> ids = request.updates().stream().map(RoundRequest.Update::callId).distinct().toList();
        Uni<List<AttemptRow>> current = ids.isEmpty() ? Uni.createFrom().item(List.of())
                : attempts.read(connection, campaign.campaignId(), ids);
        return current.chain(rows -> {
            AttemptChanges changes = new AttemptChanges(campaign, policy(campaign), rows);
            Work work = new Work(connection, request, now, changes, new ArrayList<>());
            return adopt(work, campaign).chain(adopted -> {
                List<Boolean> applied = request.updates().stream()
                        .map(update -> changes.apply(update.callId(), update.update())).toList();
                work.events().addAll(changes.events());
                return decide(work, campaign, applied, adopted);
            });
        });
    }

    private Uni<Boolean> adopt(Work work, CampaignRow campaign) {
        if (!work.request().adopt()) {
            return Uni.createFrom().item(false);
        }
        return attempts.adoptOrphans(work.connection(), campaign.campaignId(), work.request().owner(),
                config.instanceTimeout()).map(orphans -> {
                    work.changes().adopt(orphans, work.now());
                    return !orphans.isEmpty();
                });
    }

    private Uni<RoundResult> decide(Work work, CampaignRow before, List<Boolean> applied, boolean adopted) {
        AttemptChanges changes = work.changes();
        CampaignRow campaign = before.afterAttempts(changes.ended().size(), changes.terminal(), changes.placed(),
                changes.refusedSince(), changes.refusal());
        Decision decided = StartDecision.decide(campaign.snapshot(), work.now(), limits());
        Decision decision = decided instanceof Start && !work.request().startCalls() ? new Wait(null) : decided;
        boolean mayPlace = PlacementGate.mayPlace(campaign.snapshot(), decision, work.now());
        // held-back retries that may no longer start end before the gate could claim them
        return retries.expire(work.connection(), campaign, work.now(), work.events()).chain(expired -> actions
                .act(work.connection(), campaign, decision, work.now(), work.events())
                .chain(changed -> gate(work, campaign, decision, mayPlace, adopted)
                        .call(sent -> paced(work, campaign, sent.claimed()))
                        .call(sent -> limiter.started(work.connection(), sent.allowance(), sent.claimed(), work.now()))
                        .call(sent -> throttled(work, campaign, decision, sent))
                        .chain(sent -> abandonIfFinished(work, campaign, sent.released())
                                .chain(() -> attempts.write(work.connection(), changes.changedRows()))
                                .chain(() -> retries.schedule(work.connection(), changes))
                                .chain(() -> requeues.requeue(work.connection(), campaign, work.now(), work.events()))
                                .chain(() -> settle(work, before, sent, expired))
                                .chain(() -> nextDue(work, adopted))
                                .chain(due -> retries.nextDue(work.connection(), campaign)
                                        .map(retryDue -> new Due(due.at(), due.known(), retryDue)))
                                .call(() -> outbox.append(work.connection(), work.events(), campaign.traceParent()))
                                .map(due -> new RoundResult(decision, applied, changes.ended(),
                                        placed(sent.toSend(), campaign), due.at(), due.known(),
                                        earliest(due.retryAt(), sent.allowance().wakeAt()), mayPlace,
                                        sent.wantsPermits(), changed || expired > 0,
                                        sent.allowance().pooled() && !changes.ended().isEmpty()
                                                ? campaign.organizationId() : null)))));
    }

    /**
     * The attempts the gate let through, the claims it gave back, whether more permits would have sent more, and what
     * the organisation's limits allowed.
     */
    private record Gated(List<AttemptRow> toSend, int claimed, int released, boolean wantsPermits, int wanted,
                         OrganizationLimiter.Allowance allowance) {
    }

    /**
     * The gate in front of every request: when the campaign may place now, the owner's due attempts are sent first,
     * then new claims (as many as the decision and the remaining permits allow); when it may not, claims the runtime
     * certainly does not hold go back to the queue and the others wait.
     */
    private Uni<Gated> gate(Work work, CampaignRow campaign, Decision decision, boolean mayPlace, boolean adopted) {
        RoundRequest request = work.request();
        if (!mayPlace) {
            Uni<Integer> released = campaign.inProgress() > 0
                    ? attempts.releaseClaims(work.connection(), campaign.campaignId()) : Uni.createFrom().item(0);
            return released.map(count -> new Gated(List.of(), 0, count, false, 0, Allowance.all(0, null)));
        }
        boolean lookForDue = request.sendDue() || adopted;
        boolean due = lookForDue && request.permits() > 0;
        boolean nightConsentOnly = campaign.nightConsentOnly(work.now());
        Uni<List<AttemptRow>> resend = due ? attempts.due(work.connection(), campaign.campaignId(), request.owner(),
                work.now(), request.permits() + request.inFlight().size())
                .map(rows -> rows.stream().filter(row -> !request.inFlight().contains(row.callId()))
                        .filter(row -> row.nightConsent() || !nightConsentOnly)
                        .limit(request.permits()).toList()) : Uni.createFrom().item(List.of());
        return resend.chain(dueRows -> {
            // no first attempt or retry starts once the campaign's deadline passed (they expire instead)
            int wanted = decision instanceof Start start && retries.mayStart(campaign, work.now()) ? start.calls()
                    : 0;
            int claimable = Math.min(wanted, request.permits() - dueRows.size());
            Uni<Allowance> allowed = claimable > 0 ? limiter.allow(work.connection(), campaign, claimable, work.now())
                    : Uni.createFrom().item(Allowance.all(0, null));
            // more is due than the permits allowed (the due query stopped at the limit, or could not run)
            boolean moreDue = lookForDue && (request.permits() == 0 || dueRows.size() == request.permits());
            return allowed.chain(allowance -> (allowance.calls() > 0
                    ? cancelSuppressed(work, campaign, allowance.calls()).chain(() -> tasks.claim(work.connection(),
                            campaign, allowance.calls(), work.now(), request.owner(), allowance.frequencyCap()))
                            .map(claim -> {
                                claim.held().forEach(held -> work.events().add(CallEvents.held(campaign, held,
                                        work.now())));
                                return claim.attempts();
                            })
                    : Uni.createFrom().item(List.<AttemptRow>of())).map(claimed -> {
                        List<AttemptRow> ready = new ArrayList<>(dueRows);
                        ready.addAll(claimed);
                        List<AttemptRow> sent = work.changes().sending(ready, work.now(),
                                work.now().plus(requestLease()));
                        return new Gated(sent, claimed.size(), 0, claimable < wanted || moreDue, claimable,
                                allowance);
                    }));
        });
    }

    /**
     * Ends the suppressed tasks at the head of the campaign's queue (canceled, never dialled), so its queue moves past
     * them; the claims never take one wherever it stands.
     */
    private Uni<Void> cancelSuppressed(Work work, CampaignRow campaign, int claimable) {
        return tasks.cancelSuppressed(work.connection(), campaign, claimable, work.now()).chain(canceled -> {
            if (canceled.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            canceled.forEach(task -> work.events().add(CallEvents.canceled(campaign, task, CancelReason.suppressed,
                    work.now())));
            return state.canceled(work.connection(), campaign.campaignId(), canceled.size(), false);
        });
    }

    /**
     * When the round wanted to start calls, records what held the campaign below them (the organisation's pool, a
     * start rate, its own max_calls_per_second with more slots free than the one start per round) and publishes
     * CampaignThrottled when that changed; nothing is written when it stayed as the locked row says.
     */
    private Uni<Void> throttled(Work work, CampaignRow campaign, Decision decision, Gated sent) {
        if (sent.wanted() == 0) {
            return Uni.createFrom().voidItem();
        }
        ThrottleReason reason = sent.allowance().reason();
        if (reason == null && campaign.pace() != null && decision instanceof Start
                && campaign.concurrency() - campaign.inProgress() > sent.wanted()) {
            reason = ThrottleReason.pacing;
        }
        ThrottleReason now = reason;
        if (Objects.equals(now == null ? null : now.name(), campaign.throttleReason())) {
            return Uni.createFrom().voidItem();
        }
        return state.throttled(work.connection(), campaign.campaignId(), now == null ? null : now.name())
                .invoke(changed -> {
                    if (changed) {
                        work.events().add(CallEvents.throttled(campaign, now, work.now()));
                    }
                }).replaceWithVoid();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** Moves the campaign's pace on by the calls this round claimed, when it has a max_calls_per_second. */
    private Uni<Void> paced(Work work, CampaignRow campaign, int claimed) {
        if (campaign.pace() == null || claimed == 0) {
            return Uni.createFrom().voidItem();
        }
        return state.paced(work.connection(), campaign.campaignId(), campaign.pace().after(work.now(), claimed));
    }

    /**
     * A canceled or failed campaign's attempts that may be at the runtime are given up once their deadline passed
     * without a word from it (a real call would have ended, and its webhook arrived, by then).
     */
    private Uni<Void> abandonIfFinished(Work work, CampaignRow campaign, int released) {
        if (campaign.status() == null || !campaign.status().isTerminal() || campaign.inProgress() - released <= 0) {
            return Uni.createFrom().voidItem();
        }
        return attempts.unsettledPastDeadline(work.connection(), campaign.campaignId(), work.now()).invoke(rows -> {
            AttemptChanges changes = work.changes();
            int before = changes.events().size();
            changes.include(rows);
            rows.forEach(row -> changes.apply(row.callId(), new AttemptUpdate.Abandoned(work.now())));
            work.events().addAll(changes.events().subList(before, changes.events().size()));
        }).replaceWithVoid();
    }

    private Uni<Void> settle(Work work, CampaignRow before, Gated sent, int expired) {
        AttemptChanges changes = work.changes();
        SlotChange change = new SlotChange(changes.ended().size(), sent.released(), sent.claimed(), changes.placed(),
                changes.refusedSince(), changes.refusal(), changes.terminal() + expired);
        if (change.none(before)) {
            return Uni.createFrom().voidItem();
        }
        return state.settle(work.connection(), before.campaignId(), change).invoke(counted -> {
            if (!counted) {
                // The row lock makes this unreachable; failing rolls the claim back rather than break the cap.
                throw new IllegalStateException("concurrency cap of campaign " + before.campaignId()
                        + " would be exceeded");
            }
        }).replaceWithVoid();
    }

    /**
     * When the owner's next held attempt is due, read only when this round may have changed it; when the
     * campaign's next waiting retry is.
     */
    private record Due(Instant at, boolean known, Instant retryAt) {
    }

    private Uni<Due> nextDue(Work work, boolean adopted) {
        if (!work.request().sendDue() && !adopted && !work.changes().retryScheduled()) {
            return Uni.createFrom().item(new Due(null, false, null));
        }
        return attempts.nextDue(work.connection(), work.request().campaignId(), work.request().owner())
                .map(at -> new Due(at, true, null));
    }

    private List<PlacedCall> placed(List<AttemptRow> sent, CampaignRow campaign) {
        AgentCallSettings settings = callSettings(campaign);
        return sent.stream().map(row -> PlacedCall.of(row, settings, campaign.voicemail())).toList();
    }

    private AttemptPolicy policy(CampaignRow campaign) {
        return new AttemptPolicy(config.vox().retryInitialBackoff(), config.vox().retryMaxBackoff(),
                config.vox().maxRetryAfter(), callSettings(campaign).longestCall().plus(config.callDeadlineMargin()));
    }

    /** How long a sent request is awaited before its attempt could be due again (its answer normally comes first). */
    private Duration requestLease() {
        return config.vox().requestTimeout().plus(config.callDeadlineMargin());
    }

    private AgentCallSettings callSettings(CampaignRow campaign) {
        if (campaign.agent() == AgentState.KNOWN) {
            return new AgentCallSettings(campaign.ringSeconds(), campaign.timeoutSeconds());
        }
        return new AgentCallSettings(config.defaultCallSettings().ringDurationSeconds(),
                config.defaultCallSettings().callTimeoutSeconds());
    }

    private DecisionLimits limits() {
        return new DecisionLimits(config.claimBatchSize(), config.cancelBatchSize(), config.unknownAgentGrace(),
                config.vox().unavailablePauseAfter());
    }
}
