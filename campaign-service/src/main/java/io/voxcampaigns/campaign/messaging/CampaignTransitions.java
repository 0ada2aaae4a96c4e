package io.voxcampaigns.campaign.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;

import io.voxcampaigns.campaign.domain.CampaignState;
import io.voxcampaigns.campaign.domain.CampaignStatus;
import io.voxcampaigns.campaign.domain.CampaignStatusMachine;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.PauseReason;
import io.voxcampaigns.campaign.domain.StatusDecision;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;
import io.voxcampaigns.campaign.domain.TimestampChange;
import io.voxcampaigns.campaign.persistence.Campaign;

/**
 * Applies a status transition to a (locked) campaign, for user commands and dispatcher facts alike, and returns the
 * events every change implies: CampaignStatusChanged, and the final CampaignCountersChanged when it finishes. Events
 * that name the cause (CampaignPaused, CampaignResumed, CampaignCanceled) are the caller's.
 */
public final class CampaignTransitions {

    private CampaignTransitions() {
    }

    public static CampaignState state(Campaign campaign) {
        return new CampaignState(campaign.status, campaign.pausedBy);
    }

    /** Where a fact from the dispatcher takes the campaign; facts are never refused. */
    public static Transition decideFact(Campaign campaign, CampaignTrigger fact) {
        StatusDecision decision = CampaignStatusMachine.decide(state(campaign), fact);
        if (decision instanceof Transition transition) {
            return transition;
        }
        throw new IllegalStateException("the status machine refused the fact " + fact);
    }

    /** Moves the campaign as the transition says, dated {@code at}; no events when the state stays the same. */
    public static List<SpecificRecord> apply(Campaign campaign, Transition transition, Instant at) {
        return apply(campaign, transition, at, PauseReason.CALL_TIME_WINDOW);
    }

    /**
     * The same, {@code systemReason} being why the system pauses it when the transition ends in a system pause (a
     * window closing, unless the voice runtime's refusals caused it).
     */
    public static List<SpecificRecord> apply(Campaign campaign, Transition transition, Instant at,
                                             PauseReason systemReason) {
        if (!transition.changed()) {
            return List.of();
        }
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        CampaignStatus previous = campaign.status;
        campaign.status = transition.to().status();
        campaign.pausedBy = transition.to().pausedBy();
        campaign.pauseReason = PauseReason.of(campaign.pausedBy, systemReason);
        if (transition.pausedAt() != TimestampChange.KEEP) {
            campaign.pausedAt = transition.pausedAt() == TimestampChange.SET ? when : null;
        }
        if (transition.finishedAt() == TimestampChange.SET) {
            campaign.finishedAt = when;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
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
