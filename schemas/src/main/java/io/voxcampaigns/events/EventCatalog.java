package io.voxcampaigns.events;

import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.apikey.ApiKeyRevoked;
import io.voxcampaigns.events.apikey.ApiKeyUsed;
import io.voxcampaigns.events.audit.AuditEventRecorded;
import io.voxcampaigns.events.agent.AgentDeleted;
import io.voxcampaigns.events.agent.AgentUpdated;
import io.voxcampaigns.events.agent.AgentVersionPublished;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDispatchFailed;
import io.voxcampaigns.events.call.CampaignDispatchStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.call.CampaignRuntimeAvailable;
import io.voxcampaigns.events.call.CampaignRuntimeUnavailable;
import io.voxcampaigns.events.call.CampaignScheduleReached;
import io.voxcampaigns.events.call.CampaignThrottled;
import io.voxcampaigns.events.call.CampaignWindowClosed;
import io.voxcampaigns.events.call.CampaignWindowOpened;
import io.voxcampaigns.events.call.NumberOptedOut;
import io.voxcampaigns.events.call.TaskExhausted;
import io.voxcampaigns.events.call.TaskHeld;
import io.voxcampaigns.events.call.TaskRequeued;
import io.voxcampaigns.events.call.TaskRetryScheduled;
import io.voxcampaigns.events.campaign.CampaignCanceled;
import io.voxcampaigns.events.campaign.CampaignCountersChanged;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.campaign.CampaignResumed;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.suppression.SuppressionsChanged;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.events.task.TasksRequeued;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** The single explicit list of every event record class and the topic it is published on. */
public final class EventCatalog {

    private static final Map<Class<? extends SpecificRecord>, String> TOPIC_BY_CLASS = catalog();
    private static final List<Class<? extends SpecificRecord>> ALL = List.copyOf(TOPIC_BY_CLASS.keySet());

    private EventCatalog() {
    }

    private static Map<Class<? extends SpecificRecord>, String> catalog() {
        Map<Class<? extends SpecificRecord>, String> catalog = new LinkedHashMap<>();
        catalog.put(AgentCreated.class, Topics.AGENT_EVENTS);
        catalog.put(AgentUpdated.class, Topics.AGENT_EVENTS);
        catalog.put(AgentVersionPublished.class, Topics.AGENT_EVENTS);
        catalog.put(AgentDeleted.class, Topics.AGENT_EVENTS);

        catalog.put(CampaignCreated.class, Topics.CAMPAIGN_EVENTS);
        catalog.put(CampaignUpdated.class, Topics.CAMPAIGN_EVENTS);
        catalog.put(CampaignPaused.class, Topics.CAMPAIGN_EVENTS);
        catalog.put(CampaignResumed.class, Topics.CAMPAIGN_EVENTS);
        catalog.put(CampaignCanceled.class, Topics.CAMPAIGN_EVENTS);
        catalog.put(CampaignStatusChanged.class, Topics.CAMPAIGN_EVENTS);
        catalog.put(CampaignCountersChanged.class, Topics.CAMPAIGN_EVENTS);

        catalog.put(TaskBatch.class, Topics.CAMPAIGN_TASKS);
        catalog.put(TasksRequeued.class, Topics.CAMPAIGN_TASKS);

        catalog.put(CallStarted.class, Topics.CALL_EVENTS);
        catalog.put(CallEnded.class, Topics.CALL_EVENTS);
        catalog.put(CampaignDispatchStarted.class, Topics.CALL_EVENTS);
        catalog.put(CampaignScheduleReached.class, Topics.CALL_EVENTS);
        catalog.put(CampaignWindowClosed.class, Topics.CALL_EVENTS);
        catalog.put(CampaignWindowOpened.class, Topics.CALL_EVENTS);
        catalog.put(CampaignDrained.class, Topics.CALL_EVENTS);
        catalog.put(CampaignDispatchFailed.class, Topics.CALL_EVENTS);
        catalog.put(CampaignRuntimeUnavailable.class, Topics.CALL_EVENTS);
        catalog.put(CampaignRuntimeAvailable.class, Topics.CALL_EVENTS);
        catalog.put(TaskRetryScheduled.class, Topics.CALL_EVENTS);
        catalog.put(TaskExhausted.class, Topics.CALL_EVENTS);
        catalog.put(TaskRequeued.class, Topics.CALL_EVENTS);
        catalog.put(TaskHeld.class, Topics.CALL_EVENTS);
        catalog.put(CampaignThrottled.class, Topics.CALL_EVENTS);
        catalog.put(NumberOptedOut.class, Topics.CALL_EVENTS);

        catalog.put(SuppressionsChanged.class, Topics.SUPPRESSION_EVENTS);

        catalog.put(ApiKeyRevoked.class, Topics.API_KEY_EVENTS);

        catalog.put(AuditEventRecorded.class, Topics.AUDIT_EVENTS);

        catalog.put(ApiKeyUsed.class, Topics.API_KEY_USAGE);
        return Collections.unmodifiableMap(catalog);
    }

    /** Every event record class, grouped by topic. */
    public static List<Class<? extends SpecificRecord>> all() {
        return ALL;
    }

    /** The topic an event class is published on; IllegalArgumentException when it is not an event. */
    public static String topicOf(Class<?> type) {
        String topic = TOPIC_BY_CLASS.get(type);
        if (topic == null) {
            throw new IllegalArgumentException(
                    (type == null ? "null" : type.getName()) + " is not an event class listed in EventCatalog");
        }
        return topic;
    }

    /** The event classes published on a topic; IllegalArgumentException for a topic with no events. */
    public static List<Class<? extends SpecificRecord>> recordsOf(String topic) {
        List<Class<? extends SpecificRecord>> records = ALL.stream()
                .filter(type -> TOPIC_BY_CLASS.get(type).equals(topic))
                .toList();
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no events are published on topic '" + topic + "'; the topics are "
                    + TOPIC_BY_CLASS.values().stream().distinct().toList());
        }
        return records;
    }
}
