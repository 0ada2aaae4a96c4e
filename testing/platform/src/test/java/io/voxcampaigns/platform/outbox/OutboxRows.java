package io.voxcampaigns.platform.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.voxcampaigns.platform.testing.TestDatabase;

/** Outbox rows written by a test the way a service's transaction writes them (one statement, one commit). */
final class OutboxRows {

    /** One row to write: its record key and how many payload bytes it carries. */
    record Spec(String key, int payloadBytes) {
    }

    /** A written row. */
    record Written(long id, UUID eventId, String key) {
    }

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, record_key, event_type, payload, created_at)
            select gen_random_uuid(), ?, r.record_key, 'platform.tests.Event', convert_to(repeat('x', r.size), 'UTF8'),
                   now()
            from unnest(?::text[], ?::int[]) with ordinality as r(record_key, size, position)
            order by r.position
            returning id, event_id, record_key
            """;

    private OutboxRows() {
    }

    /** Writes the rows in list order (their ids follow it) on {@code topic}; answers them in id order. */
    static List<Written> write(String topic, List<Spec> specs) {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            Array keys = connection.createArrayOf("text", specs.stream().map(Spec::key).toArray());
            Array sizes = connection.createArrayOf("int4", specs.stream().map(Spec::payloadBytes).toArray());
            insert.setString(1, topic);
            insert.setArray(2, keys);
            insert.setArray(3, sizes);
            List<Written> written = new ArrayList<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    written.add(new Written(rows.getLong("id"), rows.getObject("event_id", UUID.class),
                            rows.getString("record_key")));
                }
            }
            written.sort(Comparator.comparingLong(Written::id));
            return written;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write outbox rows", e);
        }
    }

    /** {@code count} rows on {@code topic} whose keys take turns among {@code keys}. */
    static List<Spec> roundRobin(int count, List<String> keys, int payloadBytes) {
        List<Spec> specs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            specs.add(new Spec(keys.get(i % keys.size()), payloadBytes));
        }
        return specs;
    }

    /** Rows of the topic not marked sent yet. */
    static long unsent(String topic) {
        return count("select count(*) from outbox_event where topic = ? and sent_at is null", topic);
    }

    /** How many of the rows are not marked sent yet. */
    static long unsent(List<Written> rows) {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from outbox_event where id = any(?) and sent_at is null")) {
            statement.setArray(1, connection.createArrayOf("int8", rows.stream().map(Written::id).toArray()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count unsent outbox rows", e);
        }
    }

    /** Gives the row a payload of {@code payloadBytes} (a test repairing a row the producer refused). */
    static void resize(long id, int payloadBytes) {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement update = connection.prepareStatement(
                        "update outbox_event set payload = convert_to(repeat('x', ?), 'UTF8') where id = ?")) {
            update.setInt(1, payloadBytes);
            update.setLong(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update outbox row " + id, e);
        }
    }

    private static long count(String query, Object parameter) {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query + " failed", e);
        }
    }
}
