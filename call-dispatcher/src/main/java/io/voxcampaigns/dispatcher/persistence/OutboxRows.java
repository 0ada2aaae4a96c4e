package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.EventCatalog;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.outbox.EventKeys;

/**
 * Appends events to the platform's outbox table inside a transaction of the SQL client, in one statement for a
 * whole batch. The engine's transactions run on the SQL client (multi-row claims, arrays), which the Hibernate
 * session behind {@code OutboxWriter} cannot share; the rows are the same, and the platform relay publishes them.
 */
@ApplicationScoped
public class OutboxRows {

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, record_key, event_type, payload, created_at)
            select event_id, topic, record_key, event_type, payload, created_at
            from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::bytea[], $6::timestamptz[])
                with ordinality as e(event_id, topic, record_key, event_type, payload, created_at, position)
            order by position
            """;

    /** Appends the events in order (their order on the topic); call inside the state change's transaction. */
    public Uni<Void> append(SqlConnection connection, List<? extends SpecificRecord> events) {
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
        OffsetDateTime now = SqlTime.of(Instant.now());
        for (int i = 0; i < size; i++) {
            SpecificRecord event = events.get(i);
            ids[i] = UUID.fromString(EventCodec.eventId(event));
            topics[i] = EventCatalog.topicOf(event.getClass());
            keys[i] = EventKeys.of(event);
            types[i] = EventCodec.eventType(event);
            payloads[i] = Buffer.buffer(EventCodec.encode(event));
            created[i] = now;
        }
        return connection.preparedQuery(INSERT)
                .execute(Tuple.tuple().addValue(ids).addValue(topics).addValue(keys).addValue(types)
                        .addValue(payloads).addValue(created))
                .replaceWithVoid();
    }
}
