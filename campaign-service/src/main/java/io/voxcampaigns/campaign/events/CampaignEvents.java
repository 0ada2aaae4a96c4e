package io.voxcampaigns.campaign.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.voxcampaigns.campaign.domain.NewTask;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.platform.retry.PolicyEvents;
import io.voxcampaigns.platform.retry.PolicyJson;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.common.TaskRequeueReason;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.events.task.TaskItem;
import io.voxcampaigns.events.task.TasksRequeued;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.WindowEvents;

/**
 * Builds the settings-bearing events of a campaign: CampaignCreated and CampaignUpdated with its complete settings,
 * and its tasks in TaskBatch records.
 */
public final class CampaignEvents {

    /** At most this many tasks per TaskBatch. */
    static final int MAX_BATCH_TASKS = 500;
    /** At most this many task ids per TasksRequeued (37 bytes each: far below 1 MB). */
    static final int MAX_REQUEUED_TASKS = 1000;
    /** A batch is closed early once its tasks' text reaches this size, keeping every record far below 1 MB. */
    static final int MAX_BATCH_CHARS = 256 * 1024;

    private CampaignEvents() {
    }

    /** The new campaign; {@code window} is the one in effect (the default when the client set none). */
    public static CampaignCreated created(Campaign campaign, CallingHours window) {
        return CampaignCreated.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(campaign.createdAt)
                .setOrganizationId(campaign.organizationId)
                .setCampaignId(campaign.id.toString())
                .setSettings(settings(campaign, window))
                .setStatus(CampaignStatus.valueOf(campaign.status.value()))
                .build();
    }

    /** A PATCH: the complete settings after it, not a diff. */
    public static CampaignUpdated updated(Campaign campaign, CallingHours window) {
        return CampaignUpdated.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(campaign.updatedAt)
                .setOrganizationId(campaign.organizationId)
                .setCampaignId(campaign.id.toString())
                .setSettings(settings(campaign, window))
                .setStatus(CampaignStatus.valueOf(campaign.status.value()))
                .build();
    }

    private static CampaignSettings settings(Campaign campaign,
                                             CallingHours window) {
        return CampaignSettings.newBuilder()
                .setName(campaign.name)
                .setAgentId(campaign.agentId.toString())
                .setAgentVersion(campaign.agentVersion)
                .setResolvedAgentVersion(campaign.resolvedAgentVersion)
                .setFromNumber(campaign.fromNumber)
                .setPresentationNumber(campaign.presentationNumber)
                .setConcurrency(campaign.concurrency)
                .setScheduledAt(campaign.scheduledAt)
                .setCallTimeWindow(WindowEvents.toEvent(window))
                .setTotalTasks(campaign.totalCalls)
                .setRetryPolicy(PolicyEvents.toEvent(PolicyJson.retryPolicy(campaign.retryPolicy)))
                .setVoicemailAction(PolicyEvents.toEvent(PolicyJson.voicemail(campaign.voicemailAction)))
                .setPurpose(io.voxcampaigns.events.common.CallPurpose.valueOf(campaign.purpose.value()))
                .setMaxCallsPerSecond(campaign.maxCallsPerSecond)
                .build();
    }

    /**
     * The tasks in order, split into batches by count and size, numbered after the campaign's earlier batches
     * ({@code campaign.taskBatches}, which the caller then raises by the number answered).
     */
    public static List<TaskBatch> batches(Campaign campaign, List<NewTask> tasks, Instant at) {
        List<List<TaskItem>> groups = new ArrayList<>();
        List<TaskItem> current = new ArrayList<>();
        int chars = 0;
        for (NewTask task : tasks) {
            TaskItem item = item(task);
            int size = size(item);
            if (!current.isEmpty() && (current.size() == MAX_BATCH_TASKS || chars + size > MAX_BATCH_CHARS)) {
                groups.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(item);
            chars += size;
        }
        groups.add(current);
        List<TaskBatch> batches = new ArrayList<>(groups.size());
        int first = campaign.taskBatches;
        for (int i = 0; i < groups.size(); i++) {
            batches.add(TaskBatch.newBuilder()
                    .setEventId(UUID.randomUUID().toString())
                    .setOccurredAt(at)
                    .setOrganizationId(campaign.organizationId)
                    .setCampaignId(campaign.id.toString())
                    .setBatchIndex(first + i)
                    .setBatchCount(first + groups.size())
                    .setTasks(groups.get(i))
                    .build());
        }
        return batches;
    }

    /**
     * The request for one more attempt of the tasks, no earlier than {@code due} (null: as soon as the campaign may
     * place), in records of at most {@value #MAX_REQUEUED_TASKS} tasks.
     */
    public static List<TasksRequeued> requeued(Campaign campaign, List<UUID> taskIds, Instant due,
                                               TaskRequeueReason reason, Instant at) {
        List<TasksRequeued> records = new ArrayList<>();
        for (int from = 0; from < taskIds.size(); from += MAX_REQUEUED_TASKS) {
            List<String> ids = taskIds.subList(from, Math.min(taskIds.size(), from + MAX_REQUEUED_TASKS)).stream()
                    .map(UUID::toString).toList();
            records.add(TasksRequeued.newBuilder()
                    .setEventId(UUID.randomUUID().toString())
                    .setOccurredAt(at)
                    .setOrganizationId(campaign.organizationId)
                    .setCampaignId(campaign.id.toString())
                    .setTaskIds(ids)
                    .setDueAt(due)
                    .setReason(reason)
                    .build());
        }
        return records;
    }

    private static TaskItem item(NewTask task) {
        return TaskItem.newBuilder()
                .setTaskId(task.id().toString())
                .setCallTo(task.toNumber())
                .setDynamicVariables(task.dynamicVariables())
                .setMetadataJson(task.metadataJson())
                .setPresentationNumber(task.presentationNumber())
                .setNightConsent(task.nightConsent())
                .build();
    }

    private static int size(TaskItem item) {
        int size = 64 + item.getCallTo().length();
        for (var entry : item.getDynamicVariables().entrySet()) {
            size += entry.getKey().length() + entry.getValue().length() + 4;
        }
        return size + (item.getMetadataJson() == null ? 0 : item.getMetadataJson().length());
    }
}
