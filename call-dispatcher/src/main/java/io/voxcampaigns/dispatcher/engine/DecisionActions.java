package io.voxcampaigns.dispatcher.engine;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.voxcampaigns.dispatcher.domain.Decision;
import io.voxcampaigns.dispatcher.domain.Decision.CancelQueued;
import io.voxcampaigns.dispatcher.domain.Decision.Drain;
import io.voxcampaigns.dispatcher.domain.Decision.Fail;
import io.voxcampaigns.dispatcher.domain.Decision.PauseForRuntime;
import io.voxcampaigns.dispatcher.domain.Decision.PauseForWindow;
import io.voxcampaigns.dispatcher.domain.Decision.ReachSchedule;
import io.voxcampaigns.dispatcher.domain.Decision.ResumeForRuntime;
import io.voxcampaigns.dispatcher.domain.Decision.ResumeForWindow;
import io.voxcampaigns.dispatcher.domain.Decision.Start;
import io.voxcampaigns.dispatcher.domain.Decision.Wait;
import io.voxcampaigns.dispatcher.persistence.CampaignRow;
import io.voxcampaigns.dispatcher.persistence.DispatchState;
import io.voxcampaigns.dispatcher.persistence.TaskClaims;
import io.voxcampaigns.events.common.CancelReason;

/**
 * Carries out a campaign's lifecycle decisions inside the round: the state change on its row and the fact it
 * publishes. Starting calls is the round's gate, not an action here.
 */
@ApplicationScoped
class DecisionActions {

    private final DispatchState state;
    private final TaskClaims tasks;

    DecisionActions(DispatchState state, TaskClaims tasks) {
        this.state = state;
        this.tasks = tasks;
    }

    /** Acts on the decision, adding its events; answers whether it changed the campaign. */
    Uni<Boolean> act(SqlConnection connection, CampaignRow campaign, Decision decision, Instant now,
                     List<SpecificRecord> events) {
        if (decision instanceof Start || decision instanceof Wait) {
            return Uni.createFrom().item(false);
        }
        if (decision instanceof CancelQueued cancel) {
            return cancel(connection, campaign, cancel, now, events);
        }
        return change(connection, campaign, decision, now, events).replaceWith(true);
    }

    private Uni<Void> change(SqlConnection connection, CampaignRow campaign, Decision decision, Instant now,
                             List<SpecificRecord> events) {
        var id = campaign.campaignId();
        if (decision instanceof ReachSchedule reached) {
            events.add(CallEvents.scheduleReached(campaign, reached.scheduledAt(), now));
            return state.scheduleReached(connection, id);
        }
        if (decision instanceof PauseForWindow pause) {
            events.add(CallEvents.windowClosed(campaign, pause.closedAt(), pause.nextOpening()));
            return state.pausedForWindow(connection, id, campaign.window().autoResume());
        }
        if (decision instanceof ResumeForWindow resume) {
            events.add(CallEvents.windowOpened(campaign, resume.openedAt(), resume.autoResume()));
            return state.windowOpened(connection, id, resume.autoResume());
        }
        if (decision instanceof PauseForRuntime pause) {
            events.add(CallEvents.runtimeUnavailable(campaign, pause.since(), pause.at()));
            return state.pausedForRuntime(connection, id);
        }
        if (decision instanceof ResumeForRuntime resume) {
            events.add(CallEvents.runtimeAvailable(campaign, resume.at()));
            return state.resumedForRuntime(connection, id);
        }
        if (decision instanceof Drain drain) {
            events.add(CallEvents.drained(campaign, drain.drainedAt()));
            return state.drained(connection, id, drain.drainedAt());
        }
        if (decision instanceof Fail fail) {
            return state.failed(connection, id, fail.reason());
        }
        throw new IllegalStateException("unhandled decision " + decision);
    }

    private Uni<Boolean> cancel(SqlConnection connection, CampaignRow campaign, CancelQueued cancel, Instant now,
                                List<SpecificRecord> events) {
        return tasks.cancel(connection, campaign, cancel.tasks(), now).chain(canceled -> {
            boolean announce = cancel.announceFailure() && canceled.size() == cancel.tasks();
            canceled.forEach(task -> events.add(CallEvents.canceled(campaign, task, CancelReason.campaign_ended, now)));
            if (announce) {
                events.add(CallEvents.dispatchFailed(campaign, campaign.failureReason(), now));
            }
            boolean changed = !canceled.isEmpty() || announce;
            return (changed ? state.canceled(connection, campaign.campaignId(), canceled.size(), announce)
                    : Uni.createFrom().voidItem()).replaceWith(changed);
        });
    }
}
