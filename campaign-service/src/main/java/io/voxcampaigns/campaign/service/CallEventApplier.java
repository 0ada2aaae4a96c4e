package io.voxcampaigns.campaign.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.voxcampaigns.campaign.domain.CallCounters;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.TaskProgress;
import io.voxcampaigns.campaign.domain.TaskProgress.TaskChange;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.TaskCallStates.TaskCallState;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;

/**
 * Applies CallStarted and CallEnded to a task and, in the same transaction and by the same change, to its
 * campaign's counters, so the counters always equal what the task rows say. The counters are marked dirty for the
 * throttled CampaignCountersChanged instead of publishing one per call.
 */
@ApplicationScoped
public class CallEventApplier {

    private final CampaignTransitions transitions;

    CallEventApplier(CampaignTransitions transitions) {
        this.transitions = transitions;
    }

    /** Call with the campaign locked; answers the campaign events the call implies. */
    public List<SpecificRecord> started(Campaign campaign, TaskCallState task, CallStarted event) {
        markFirstCall(campaign, event.getStartedAt());
        Optional<TaskChange> change = TaskProgress.callStarted(task.status, task.lastCallId != null);
        if (change.isEmpty()) {
            // A copy, or a start arriving after its end: neither the task nor the campaign moves.
            return List.of();
        }
        change(campaign, task, change.get(), event.getCallId());
        // A call proves a pending (or system-paused, then resumed) campaign is running.
        return transitions.apply(campaign,
                transitions.decideFact(campaign, new CampaignTrigger.CallStarted()), event.getStartedAt());
    }

    /** Call with the campaign locked. */
    public void ended(Campaign campaign, TaskCallState task, CallEnded event) {
        boolean dialled = event.getStartedAt() != null;
        if (dialled) {
            markFirstCall(campaign, event.getStartedAt());
        }
        Optional<TaskChange> change = TaskProgress.callEnded(task.status, task.lastCallId != null,
                event.getStatus().name(), dialled);
        change.ifPresent(c -> {
            change(campaign, task, c, event.getCallId());
            task.lastOutcome = event.getStatus().name();
            task.lastDisconnectionReason = event.getDisconnectionReason() == null ? null
                    : event.getDisconnectionReason().name();
        });
    }

    private static void change(Campaign campaign, TaskCallState task, TaskChange change, String callId) {
        task.status = change.to();
        task.attempts += change.attemptsAdded();
        task.lastCallId = callId;
        task.changed();
        CallCounters delta = change.counters();
        campaign.completedCalls += (int) delta.completed();
        campaign.failedCalls += (int) delta.failed();
        campaign.activeConcurrency += (int) delta.active();
        campaign.countersDirty = true;
    }

    static void markFirstCall(Campaign campaign, Instant startedAt) {
        if (campaign.firstCallAt == null || startedAt.isBefore(campaign.firstCallAt)) {
            campaign.firstCallAt = startedAt;
        }
    }
}
