package io.voxcampaigns.campaign.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.TaskStatus;
import io.voxcampaigns.campaign.events.CampaignEvents;
import io.voxcampaigns.campaign.persistence.CallingHoursColumn;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.CampaignTask;
import io.voxcampaigns.campaign.persistence.TaskRepository;
import io.voxcampaigns.events.common.TaskRequeueReason;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.outbox.OutboxWriter;
import io.voxcampaigns.platform.retry.PolicyJson;
import io.voxcampaigns.platform.retry.RetryPolicy;
import io.voxcampaigns.platform.retry.RetryScheduler;

/**
 * Asks the dispatcher for one more attempt of tasks (docs: api, "Callbacks and re-runs"), each request in one
 * transaction under the campaign's lock, refused with a 409 for a canceled or failed campaign: a callback for one task
 * at a chosen time (moved into the calling window; a 400 naming {@code at} past the deadline), a re-run of the failed
 * tasks. The dispatcher queues the tasks again and reports each with TaskRequeued, which moves the task and the
 * counters here; this service changes no task itself.
 */
@ApplicationScoped
public class TaskRequeueing {

    /** The resource name in a task's 404. */
    static final String TASK = "task";

    private final CampaignCommands commands;
    private final CampaignTransitions transitions;
    private final TaskRepository taskRows;
    private final CallingHoursColumn windows;
    private final OutboxWriter outbox;
    private final AuditTrail audit;

    TaskRequeueing(CampaignCommands commands, CampaignTransitions transitions, TaskRepository taskRows,
                   CallingHoursColumn windows, OutboxWriter outbox, AuditTrail audit) {
        this.audit = audit;
        this.commands = commands;
        this.transitions = transitions;
        this.taskRows = taskRows;
        this.windows = windows;
        this.outbox = outbox;
    }

    /** The callback asked: the campaign and when the task's attempt may start. */
    public record Callback(Campaign campaign, UUID taskId, Instant dueAt) {
    }

    /** The re-run asked: the campaign and how many failed tasks it names. */
    public record Rerun(Campaign campaign, int requeued) {
    }

    /**
     * One more attempt of the task at {@code at} (now when it has passed), moved into the calling window; 404 for an
     * unknown task, 409 for a canceled task or campaign, 400 naming {@code at} when it cannot start before the retry
     * policy's deadline.
     */
    @WithTransaction
    public Uni<Callback> callback(String organizationId, UUID campaignId, UUID taskId, Instant at) {
        return commands.lock(organizationId, campaignId).chain(campaign -> {
            refuseEnded(campaign);
            return taskRows.inCampaign(campaign.id, taskId).chain(task -> {
                if (task == null) {
                    throw ApiException.notFound(TASK, taskId.toString());
                }
                Instant now = transitions.now();
                Instant due = dueAt(campaign, task, at, now);
                return outbox.appendAll(CampaignEvents.requeued(campaign, List.of(task.id), due,
                        TaskRequeueReason.callback, now))
                        .chain(() -> audit.record("callback", campaign.id.toString(), List.of("at")))
                        .replaceWith(new Callback(campaign, task.id, due));
            });
        });
    }

    /**
     * One more attempt, as soon as the campaign may place, of every failed task (those whose last call ended for one
     * of {@code reasons}, when given); 409 for a canceled or failed campaign, or one whose deadline has passed.
     */
    @WithTransaction
    public Uni<Rerun> rerun(String organizationId, UUID campaignId, List<String> reasons) {
        return commands.lock(organizationId, campaignId).chain(campaign -> {
            refuseEnded(campaign);
            Instant now = transitions.now();
            RetryPolicy policy = PolicyJson.retryPolicy(campaign.retryPolicy);
            if (policy != null && !policy.allowsStartAt(now)) {
                throw ApiException.conflict("cannot re-run the tasks of a campaign whose retry_policy.deadline_at "
                        + "has passed", Map.of("status", campaign.status.value(),
                        "deadline_at", policy.deadline().toEpochMilli()));
            }
            return taskRows.failedIds(campaign.id, reasons).chain(ids -> outbox
                    .appendAll(CampaignEvents.requeued(campaign, ids, null, TaskRequeueReason.rerun, now))
                    .chain(() -> audit.record("retry", campaign.id.toString()))
                    .replaceWith(new Rerun(campaign, ids.size())));
        });
    }

    /**
     * A canceled or failed campaign never calls again: 409 naming its status, by the rule appends follow too. The
     * status itself moves later, with the dispatcher's TaskRequeued.
     */
    private void refuseEnded(Campaign campaign) {
        commands.decide(campaign, new CampaignTrigger.AddTasks(campaign.firstCallAt != null));
    }

    private Instant dueAt(Campaign campaign, CampaignTask task, Instant at, Instant now) {
        if (task.status == TaskStatus.CANCELED) {
            throw ApiException.conflict("cannot call back a canceled task", Map.of("status", task.status.value()));
        }
        RetryScheduler scheduler = RetryScheduler.of(PolicyJson.retryPolicy(campaign.retryPolicy),
                PolicyJson.voicemail(campaign.voicemailAction), windows.effective(campaign));
        ValidationErrors errors = new ValidationErrors();
        Optional<Instant> due = scheduler.callbackAt(at, now, "at", errors);
        errors.throwIfAny();
        return due.orElseThrow();
    }
}
