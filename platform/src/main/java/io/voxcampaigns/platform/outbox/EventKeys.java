package io.voxcampaigns.platform.outbox;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;

/**
 * The Kafka record key of an event: its campaign id on campaign and call topics, its agent id on agent topics, its
 * key id on api-key.events (a compacted topic: one record per key), its organisation id on suppression.events and
 * audit.events.
 */
public final class EventKeys {

    private static final String CAMPAIGN_ID = "campaign_id";
    private static final String AGENT_ID = "agent_id";
    private static final String KEY_ID = "key_id";
    private static final String ORGANIZATION_ID = "organization_id";

    private EventKeys() {
    }

    public static String of(SpecificRecord event) {
        GenericRecord record = (GenericRecord) event;
        for (String field : new String[] {CAMPAIGN_ID, AGENT_ID, KEY_ID, ORGANIZATION_ID}) {
            if (record.getSchema().getField(field) != null) {
                return record.get(field).toString();
            }
        }
        throw new IllegalArgumentException(record.getSchema().getFullName()
                + " has no campaign_id, agent_id, key_id or organization_id");
    }
}
