package io.voxcampaigns.campaign.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.PauseReason;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;
import io.voxcampaigns.campaign.events.CampaignStatusEvents;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.events.call.CampaignDispatchFailed;
import io.voxcampaigns.events.call.CampaignDispatchStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.call.CampaignRuntimeAvailable;
import io.voxcampaigns.events.call.CampaignRuntimeUnavailable;
import io.voxcampaigns.events.call.CampaignScheduleReached;
import io.voxcampaigns.events.call.CampaignWindowClosed;
import io.voxcampaigns.events.call.CampaignWindowOpened;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;

/**
 * Applies the dispatcher's lifecycle facts to a campaign's status, paused_by, paused_at and finished_at
 * (docs/dispatch.md "Lifecycle facts"), dated by the fact itself. A fact that no longer applies (a window opening
 * for a user-paused campaign, a drain after a cancel) changes nothing and publishes nothing.
 */
@ApplicationScoped
public class LifecycleFactApplier {

    private final CampaignTransitions transitions;

    LifecycleFactApplier(CampaignTransitions transitions) {
        this.transitions = transitions;
    }

    /** Call with the campaign locked; answers the campaign events the fact implies (none if it changes nothing). */
    public List<SpecificRecord> apply(Campaign campaign, SpecificRecord fact) {
        if (fact instanceof CampaignScheduleReached reached) {
            return move(campaign, new CampaignTrigger.ScheduleReached(), reached.getOccurredAt());
        }
        if (fact instanceof CampaignDispatchStarted started) {
            CallEventApplier.markFirstCall(campaign, started.getStartedAt());
            return move(campaign, new CampaignTrigger.CallStarted(), started.getStartedAt());
        }
        if (fact instanceof CampaignWindowClosed closed) {
            return systemPause(campaign, new CampaignTrigger.WindowClosed(), PauseReason.CALL_TIME_WINDOW,
                    closed.getClosedAt());
        }
        if (fact instanceof CampaignRuntimeUnavailable unavailable) {
            return systemPause(campaign, new CampaignTrigger.RuntimeUnavailable(),
                    PauseReason.VOICE_RUNTIME_UNAVAILABLE, unavailable.getOccurredAt());
        }
        if (fact instanceof CampaignRuntimeAvailable available) {
            boolean anyCallStarted = campaign.firstCallAt != null;
            boolean pausedForRuntime = campaign.pauseReason == PauseReason.VOICE_RUNTIME_UNAVAILABLE;
            return move(campaign, new CampaignTrigger.RuntimeAvailable(pausedForRuntime, anyCallStarted),
                    available.getAvailableAt());
        }
        if (fact instanceof CampaignWindowOpened opened) {
            boolean anyCallStarted = campaign.firstCallAt != null;
            boolean pausedForWindow = campaign.pauseReason != PauseReason.VOICE_RUNTIME_UNAVAILABLE;
            return move(campaign, new CampaignTrigger.WindowOpened(opened.getAutoResume(), anyCallStarted,
                    pausedForWindow),
                    opened.getOpenedAt());
        }
        if (fact instanceof CampaignDrained drained) {
            // Stale when tasks were appended after the dispatcher drained: they are not terminal yet.
            boolean allTerminal = campaign.completedCalls + campaign.failedCalls >= campaign.totalCalls;
            return move(campaign, new CampaignTrigger.Drained(allTerminal), drained.getDrainedAt());
        }
        if (fact instanceof CampaignDispatchFailed failed) {
            Transition transition = transitions.decideFact(campaign, new CampaignTrigger.FatalError());
            if (transition.changed()) {
                campaign.failureReason = failed.getReason().name();
            }
            return transitions.apply(campaign, transition, failed.getFailedAt());
        }
        throw new UnprocessableEventException(EventCodec.eventType(fact) + " does not belong on call.events");
    }

    private List<SpecificRecord> systemPause(Campaign campaign, CampaignTrigger fact, PauseReason reason,
                                                    Instant at) {
        List<SpecificRecord> changes = transitions.apply(campaign,
                transitions.decideFact(campaign, fact), at, reason);
        if (changes.isEmpty()) {
            return changes;
        }
        // The system pause it applied is announced like a user pause, paused_at being when it took effect.
        List<SpecificRecord> events = new ArrayList<>(changes.size() + 1);
        events.add(CampaignStatusEvents.paused(campaign));
        events.addAll(changes);
        return events;
    }

    private List<SpecificRecord> move(Campaign campaign, CampaignTrigger fact, Instant at) {
        return transitions.apply(campaign, transitions.decideFact(campaign, fact), at);
    }
}
