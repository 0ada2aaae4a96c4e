package io.voxcampaigns.campaign.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.NewTask;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;
import io.voxcampaigns.campaign.events.CampaignEvents;
import io.voxcampaigns.campaign.persistence.CallingHoursColumn;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.SuppressionRepository;
import io.voxcampaigns.campaign.persistence.TaskInserter;
import io.voxcampaigns.campaign.persistence.TaskRepository;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.outbox.OutboxWriter;

/**
 * Appends recipients to a campaign (docs: api, "Appending recipients"), all or nothing in one transaction under the
 * campaign's lock: 409 for a canceled or failed campaign; the tasks whose external_id the campaign already has are
 * skipped (a re-sent request adds nothing twice); the others are stored after the campaign's tasks and published
 * as TaskBatch records numbered after its earlier ones, total_calls grows (CampaignUpdated carries it) and a finished
 * campaign runs again (CampaignStatusChanged).
 */
@ApplicationScoped
public class TaskAppending {

    private final CampaignCommands commands;
    private final CampaignTransitions transitions;
    private final NumberCheck numberCheck;
    private final TaskRepository taskRows;
    private final TaskInserter inserter;
    private final CallingHoursColumn windows;
    private final OutboxWriter outbox;
    private final SuppressionRepository suppressions;
    private final AuditTrail audit;

    TaskAppending(CampaignCommands commands, CampaignTransitions transitions, NumberCheck numberCheck,
                  TaskRepository taskRows, TaskInserter inserter, CallingHoursColumn windows, OutboxWriter outbox,
                  SuppressionRepository suppressions, AuditTrail audit) {
        this.audit = audit;
        this.commands = commands;
        this.transitions = transitions;
        this.numberCheck = numberCheck;
        this.taskRows = taskRows;
        this.inserter = inserter;
        this.windows = windows;
        this.outbox = outbox;
        this.suppressions = suppressions;
    }

    /** A task of the request not added: the campaign already has a task with its external_id. */
    public record Skipped(int index, String externalId, UUID taskId) {
    }

    /**
     * The campaign after the append, how many tasks were added and which were skipped, and how many of its queued
     * tasks have a number suppressed now.
     */
    public record Appended(Campaign campaign, int added, List<Skipped> skipped, long suppressedTasks) {
    }

    /**
     * Appends {@code tasks} (valid by the request rules; each task's seq is its index in the request) to the
     * caller's campaign; 404, 409, or a 400 naming {@code tasks[i].presentation_number} when not approved.
     */
    @WithTransaction
    public Uni<Appended> append(String organizationId, UUID id, List<NewTask> tasks) {
        return commands.lock(organizationId, id).chain(campaign -> {
            Transition transition = commands.decide(campaign, new CampaignTrigger.AddTasks(campaign.firstCallAt != null));
            ValidationErrors errors = new ValidationErrors();
            List<String> externalIds = tasks.stream().map(NewTask::externalId).filter(Objects::nonNull).toList();
            return numberCheck.checkTasks(organizationId, tasks, errors).invoke(errors::throwIfAny)
                    .chain(() -> taskRows.externalIds(campaign.id, externalIds))
                    .chain(existing -> store(campaign, tasks, existing, transition))
                    .call(() -> audit.record("append_tasks", campaign.id.toString(), List.of("tasks")));
        });
    }

    private Uni<Appended> store(Campaign campaign, List<NewTask> tasks, Map<String, UUID> existing,
                                Transition transition) {
        List<Skipped> skipped = new ArrayList<>();
        List<NewTask> fresh = new ArrayList<>(tasks.size());
        for (NewTask task : tasks) {
            UUID known = task.externalId() == null ? null : existing.get(task.externalId());
            if (known != null) {
                skipped.add(new Skipped(task.seq(), task.externalId(), known));
            } else {
                fresh.add(task.at(campaign.totalCalls + fresh.size()));
            }
        }
        if (fresh.isEmpty()) {
            return appended(campaign, 0, skipped);
        }
        Instant now = transitions.now();
        return inserter.insert(campaign.id, campaign.organizationId, now, fresh)
                .chain(() -> outbox.appendAll(events(campaign, fresh, transition, now)))
                .chain(() -> appended(campaign, fresh.size(), skipped));
    }

    private Uni<Appended> appended(Campaign campaign, int added, List<Skipped> skipped) {
        return suppressions.countSuppressedQueued(campaign.id, transitions.now())
                .map(suppressed -> new Appended(campaign, added, skipped, suppressed));
    }

    /** Stores the new totals; answers CampaignUpdated, the TaskBatch records and the status change, if any. */
    private List<SpecificRecord> events(Campaign campaign, List<NewTask> fresh, Transition transition, Instant now) {
        campaign.totalCalls += fresh.size();
        campaign.countersDirty = true;
        campaign.updatedAt = now;
        List<TaskBatch> batches = CampaignEvents.batches(campaign, fresh, now);
        campaign.taskBatches += batches.size();
        List<SpecificRecord> statusEvents = transitions.apply(campaign, transition, now);
        List<SpecificRecord> events = new ArrayList<>(batches.size() + statusEvents.size() + 1);
        events.add(CampaignEvents.updated(campaign, windows.read(campaign.callTimeWindow)));
        events.addAll(batches);
        events.addAll(statusEvents);
        return events;
    }
}
