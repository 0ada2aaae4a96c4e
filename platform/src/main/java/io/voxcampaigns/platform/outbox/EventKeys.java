package io.voxcampaigns.platform.outbox;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;

import io.voxcampaigns.events.EventCatalog;
import io.voxcampaigns.events.Topics;

/**
 * The Kafka record key of an event: its campaign id on campaign and call topics, its agent id on agent topics, its
 * organisation id on suppression.events (an organisation's list changes in order).
 */
public final class EventKeys {

    private static final String CAMPAIGN_ID = "campaign_id";
    private static final String AGENT_ID = "agent_id";
    private static final String ORGANIZATION_ID = "organization_id";

    private EventKeys() {
    }

    public static String of(SpecificRecord event) {
        GenericRecord record = (GenericRecord) event;
        String field = record.getSchema().getField(CAMPAIGN_ID) != null ? CAMPAIGN_ID : AGENT_ID;
        if (record.getSchema().getField(field) == null
                && Topics.SUPPRESSION_EVENTS.equals(EventCatalog.topicOf(event.getClass()))) {
            return record.get(ORGANIZATION_ID).toString();
        }
        if (record.getSchema().getField(field) == null) {
            throw new IllegalArgumentException(record.getSchema().getFullName() + " has neither campaign_id nor agent_id");
        }
        return record.get(field).toString();
    }
}
