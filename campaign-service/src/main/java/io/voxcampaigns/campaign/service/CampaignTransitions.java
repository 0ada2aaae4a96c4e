package io.voxcampaigns.campaign.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.voxcampaigns.campaign.domain.CampaignState;
import io.voxcampaigns.campaign.domain.CampaignPhase;
import io.voxcampaigns.campaign.domain.CampaignStatusMachine;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.PauseReason;
import io.voxcampaigns.campaign.domain.StatusDecision;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;
import io.voxcampaigns.campaign.domain.TimestampChange;
import io.voxcampaigns.campaign.events.CampaignStatusEvents;
import io.voxcampaigns.campaign.persistence.Campaign;

/**
 * Applies a status transition to a (locked) campaign, for user commands and dispatcher facts alike, and returns the
 * events every change implies: CampaignStatusChanged, and the final CampaignCountersChanged when it finishes. Events
 * that name the cause (CampaignPaused, CampaignResumed, CampaignCanceled) are the caller's.
 */
@ApplicationScoped
public class CampaignTransitions {

    private final Clock clock;

    CampaignTransitions(Clock clock) {
        this.clock = clock;
    }

    /** Now, to the millisecond as stored. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public static CampaignState state(Campaign campaign) {
        return new CampaignState(campaign.status, campaign.pausedBy);
    }

    /** Where a fact from the dispatcher takes the campaign; facts are never refused. */
    public Transition decideFact(Campaign campaign, CampaignTrigger fact) {
        StatusDecision decision = CampaignStatusMachine.decide(state(campaign), fact);
        if (decision instanceof Transition transition) {
            return transition;
        }
        throw new IllegalStateException("the status machine refused the fact " + fact);
    }

    /** Moves the campaign as the transition says, dated {@code at}; no events when the state stays the same. */
    public List<SpecificRecord> apply(Campaign campaign, Transition transition, Instant at) {
        return apply(campaign, transition, at, PauseReason.CALL_TIME_WINDOW);
    }

    /**
     * The same, {@code systemReason} being why the system pauses it when the transition ends in a system pause (a
     * window closing, unless the voice runtime's refusals caused it).
     */
    public List<SpecificRecord> apply(Campaign campaign, Transition transition, Instant at,
                                             PauseReason systemReason) {
        if (!transition.changed()) {
            return List.of();
        }
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        CampaignPhase previous = campaign.status;
        campaign.status = transition.to().status();
        campaign.pausedBy = transition.to().pausedBy();
        campaign.pauseReason = PauseReason.of(campaign.pausedBy, systemReason);
        if (transition.pausedAt() != TimestampChange.KEEP) {
            campaign.pausedAt = transition.pausedAt() == TimestampChange.SET ? when : null;
        }
        if (transition.finishedAt() != TimestampChange.KEEP) {
            campaign.finishedAt = transition.finishedAt() == TimestampChange.SET ? when : null;
        }
        Instant now = now();
        campaign.updatedAt = now;
        List<SpecificRecord> events = new ArrayList<>(2);
        events.add(CampaignStatusEvents.statusChanged(campaign, previous, when));
        if (transition.finishedAt() == TimestampChange.SET) {
            // The final counters go out at once, outside the throttle; calls still in progress when a campaign is
            // canceled or fails change them later, and those changes are flushed as usual.
            events.add(CampaignStatusEvents.countersChanged(campaign, when));
            campaign.countersDirty = false;
            campaign.countersPublishedAt = now;
        }
        return events;
    }
}
