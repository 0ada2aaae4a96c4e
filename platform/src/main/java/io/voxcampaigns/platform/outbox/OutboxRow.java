package io.voxcampaigns.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** An unsent outbox row as the relay reads it: where it goes on Kafka and what it carries. */
record OutboxRow(long id, UUID eventId, String topic, String recordKey, String eventType, byte[] payload,
        String traceParent) {

    /** The rows of a query result, in its order. */
    static List<OutboxRow> all(RowSet<Row> rows) {
        List<OutboxRow> all = new ArrayList<>(rows.size());
        for (Row row : rows) {
            all.add(new OutboxRow(row.getLong("id"), row.getUUID("event_id"), row.getString("topic"),
                    row.getString("record_key"), row.getString("event_type"), row.getBuffer("payload").getBytes(),
                    row.getString("trace_parent")));
        }
        return all;
    }

    /** The Kafka headers every relayed record carries: its event type and event id. */
    RecordHeaders headers() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("event_type", eventType.getBytes(StandardCharsets.UTF_8));
        headers.add("event_id", eventId.toString().getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /** What Kafka orders by: records of one key on one topic go to one partition, in the order they are sent. */
    KeyOnTopic keyOnTopic() {
        return new KeyOnTopic(topic, recordKey);
    }

    /** A record key on a topic. */
    record KeyOnTopic(String topic, String key) {
    }
}
