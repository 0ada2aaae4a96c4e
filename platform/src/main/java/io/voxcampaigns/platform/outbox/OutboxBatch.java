package io.voxcampaigns.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.platform.tracing.TraceParents;

/**
 * Appends events to the outbox inside a transaction of the reactive SQL client, in one statement for a whole
 * batch: for code whose transactions run on the SQL client (multi-row claims, arrays) rather than the Hibernate
 * session behind {@link OutboxWriter}. The rows are built by {@link OutboxEvent#of} and relayed like any other.
 */
@ApplicationScoped
public class OutboxBatch {

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, record_key, event_type, payload, created_at, trace_parent)
            select event_id, topic, record_key, event_type, payload, created_at, $7
            from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::bytea[], $6::timestamptz[])
                with ordinality as e(event_id, topic, record_key, event_type, payload, created_at, position)
            order by position
            """;

    private final Clock clock;

    OutboxBatch(Clock clock) {
        this.clock = clock;
    }

    /** Appends the events in order (their order on the topic); call inside the state change's transaction. */
    public Uni<Void> append(SqlConnection connection, List<? extends SpecificRecord> events) {
        return append(connection, events, TraceParents.current());
    }

    /**
     * Appends the events in order, continuing the trace {@code traceParent} (W3C; null: none) rather than the
     * current span: for work that runs outside the request or record that caused it (dispatch rounds).
     */
    public Uni<Void> append(SqlConnection connection, List<? extends SpecificRecord> events, String traceParent) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int size = events.size();
        UUID[] ids = new UUID[size];
        String[] topics = new String[size];
        String[] keys = new String[size];
        String[] types = new String[size];
        Buffer[] payloads = new Buffer[size];
        OffsetDateTime[] created = new OffsetDateTime[size];
        Instant now = clock.instant();
        for (int i = 0; i < size; i++) {
            OutboxEvent row = OutboxEvent.of(events.get(i), traceParent, now);
            ids[i] = row.eventId;
            topics[i] = row.topic;
            keys[i] = row.recordKey;
            types[i] = row.eventType;
            payloads[i] = Buffer.buffer(row.payload);
            created[i] = OffsetDateTime.ofInstant(row.createdAt, ZoneOffset.UTC);
        }
        return connection.preparedQuery(INSERT)
                .execute(Tuple.tuple().addValue(ids).addValue(topics).addValue(keys).addValue(types)
                        .addValue(payloads).addValue(created).addValue(traceParent))
                .replaceWithVoid();
    }
}
