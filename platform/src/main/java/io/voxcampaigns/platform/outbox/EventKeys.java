package io.voxcampaigns.platform.outbox;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;

/** The Kafka record key of an event: its campaign id on campaign and call topics, its agent id on agent topics. */
public final class EventKeys {

    private static final String CAMPAIGN_ID = "campaign_id";
    private static final String AGENT_ID = "agent_id";

    private EventKeys() {
    }

    public static String of(SpecificRecord event) {
        GenericRecord record = (GenericRecord) event;
        String field = record.getSchema().getField(CAMPAIGN_ID) != null ? CAMPAIGN_ID : AGENT_ID;
        if (record.getSchema().getField(field) == null) {
            throw new IllegalArgumentException(record.getSchema().getFullName() + " has neither campaign_id nor agent_id");
        }
        return record.get(field).toString();
    }
}
