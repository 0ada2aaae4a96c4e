package io.voxcampaigns.dispatcher.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.engine.Engines;
import io.voxcampaigns.dispatcher.persistence.TaskBatchWriter;
import io.voxcampaigns.dispatcher.persistence.TaskBatchWriter.NewTask;
import io.voxcampaigns.dispatcher.persistence.TaskRequeues;
import io.voxcampaigns.events.common.TaskRequeueReason;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.events.task.TaskItem;
import io.voxcampaigns.events.task.TasksRequeued;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;

/**
 * Applies campaign.tasks, each record once, then wakes the campaign: batches go to the dispatcher's backlog, requests
 * for one more attempt (TasksRequeued) mark their tasks for the campaign's next round.
 */
@ApplicationScoped
public class CampaignTasksConsumer {

    static final String CONSUMER = "call-dispatcher.campaign-tasks";

    private final ApplyOnce applyOnce;
    private final TaskBatchWriter tasks;
    private final Engines engines;
    private final ObjectMapper json;
    private final TaskRequeues requeues;
    private final Clock clock;

    CampaignTasksConsumer(ApplyOnce applyOnce, TaskBatchWriter tasks, Engines engines, ObjectMapper json,
                          TaskRequeues requeues, Clock clock) {
        this.applyOnce = applyOnce;
        this.tasks = tasks;
        this.engines = engines;
        this.json = json;
        this.requeues = requeues;
        this.clock = clock;
    }

    @Incoming("campaign-tasks")
    public Uni<Void> onRecord(byte[] payload) {
        return applyOnce.apply(CONSUMER, payload, this::apply, engines.main()::wake);
    }

    /** Stores the batch, or marks the tasks asked for one more attempt; answers the campaign. */
    Uni<UUID> apply(SpecificRecord event) {
        if (event instanceof TasksRequeued requeued) {
            return requeue(requeued);
        }
        if (!(event instanceof TaskBatch batch)) {
            throw new UnprocessableEventException(EventCodec.eventType(event) + " does not belong on campaign.tasks");
        }
        UUID campaignId = EventFields.uuid(batch.getCampaignId(), "campaign_id");
        List<NewTask> rows = new ArrayList<>(batch.getTasks().size());
        for (int i = 0; i < batch.getTasks().size(); i++) {
            rows.add(task(batch.getTasks().get(i), "tasks[" + i + "]"));
        }
        return tasks.insert(campaignId, batch.getOrganizationId(), batch.getBatchIndex(), rows).replaceWith(campaignId);
    }

    /** Marks the tasks; the campaign's next round queues them again (a null due_at: as soon as it may place). */
    private Uni<UUID> requeue(TasksRequeued event) {
        UUID campaignId = EventFields.uuid(event.getCampaignId(), "campaign_id");
        List<UUID> ids = new ArrayList<>(event.getTaskIds().size());
        for (int i = 0; i < event.getTaskIds().size(); i++) {
            ids.add(EventFields.uuid(event.getTaskIds().get(i), "task_ids[" + i + "]"));
        }
        if (event.getReason() == TaskRequeueReason.unknown) {
            throw new UnprocessableEventException("reason is not one this dispatcher knows");
        }
        Instant due = event.getDueAt() == null ? clock.instant() : event.getDueAt();
        return requeues.request(campaignId, ids, due, event.getReason()).replaceWith(campaignId);
    }

    private NewTask task(TaskItem item, String path) {
        return new NewTask(EventFields.uuid(item.getTaskId(), path + ".task_id"),
                EventFields.phoneNumber(item.getCallTo(), path + ".call_to"), variables(item),
                metadata(item.getMetadataJson(), path + ".metadata_json"),
                EventFields.phoneNumber(item.getPresentationNumber(), path + ".presentation_number"),
                item.getNightConsent());
    }

    /** The metadata is sent to the voice runtime and shown by the API as it is, so it must be a JSON object. */
    private String metadata(String metadata, String path) {
        try {
            if (metadata == null || json.readTree(metadata).isObject()) {
                return metadata;
            }
        } catch (JsonProcessingException e) {
            // falls through to the refusal
        }
        throw new UnprocessableEventException(path + " is not a JSON object");
    }

    private String variables(TaskItem item) {
        try {
            return json.writeValueAsString(item.getDynamicVariables());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
