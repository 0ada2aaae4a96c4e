package io.voxcampaigns.campaign.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.CallCounters;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.TaskProgress;
import io.voxcampaigns.campaign.domain.TaskProgress.TaskChange;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.CampaignTask;
import io.voxcampaigns.campaign.persistence.TaskRepository;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;
import io.voxcampaigns.platform.outbox.OutboxWriter;

/**
 * Applies CallStarted and CallEnded to a task and, in the same transaction and by the same change, to its
 * campaign's counters, so the counters always equal what the task rows say. The counters are marked dirty for the
 * throttled CampaignCountersChanged instead of publishing one per call.
 */
@ApplicationScoped
public class CallEventApplier {

    @Inject
    TaskRepository tasks;

    @Inject
    OutboxWriter outbox;

    /** Call with the campaign locked. */
    public Uni<Void> started(Campaign campaign, CallStarted event) {
        return task(campaign, event.getTaskId()).chain(task -> {
            markFirstCall(campaign, event.getStartedAt());
            Optional<TaskChange> change = TaskProgress.callStarted(task.status);
            if (change.isEmpty()) {
                // A copy, or a start arriving after its end: neither the task nor the campaign moves.
                return Uni.createFrom().voidItem();
            }
            change(campaign, task, change.get(), event.getCallId());
            // A call proves a pending (or system-paused, then resumed) campaign is running.
            return outbox.appendAll(CampaignTransitions.apply(campaign,
                    CampaignTransitions.decideFact(campaign, new CampaignTrigger.CallStarted()), event.getStartedAt()));
        });
    }

    /** Call with the campaign locked. */
    public Uni<Void> ended(Campaign campaign, CallEnded event) {
        return task(campaign, event.getTaskId()).invoke(task -> {
            boolean dialled = event.getStartedAt() != null;
            if (dialled) {
                markFirstCall(campaign, event.getStartedAt());
            }
            Optional<TaskChange> change = TaskProgress.callEnded(task.status, event.getStatus().name(), dialled);
            change.ifPresent(c -> {
                change(campaign, task, c, event.getCallId());
                task.lastOutcome = event.getStatus().name();
                task.lastDisconnectionReason = event.getDisconnectionReason() == null ? null
                        : event.getDisconnectionReason().name();
            });
        }).replaceWithVoid();
    }

    private Uni<CampaignTask> task(Campaign campaign, String taskId) {
        UUID id;
        try {
            id = UUID.fromString(taskId);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("task_id " + taskId + " is not a UUID");
        }
        return tasks.findInCampaign(campaign.id, id).onItem().ifNull().failWith(() ->
                new UnprocessableEventException("task " + taskId + " is not a task of campaign " + campaign.id));
    }

    private static void change(Campaign campaign, CampaignTask task, TaskChange change, String callId) {
        task.status = change.to();
        task.attempts += change.attemptsAdded();
        task.lastCallId = callId;
        task.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
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
