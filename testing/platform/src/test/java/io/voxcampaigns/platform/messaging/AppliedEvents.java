package io.voxcampaigns.platform.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.voxcampaigns.platform.testing.TestDatabase;

/** The test consumers' effect, read from applied_event. */
final class AppliedEvents {

    private AppliedEvents() {
    }

    /** How often each of the events was applied by the consumer (absent: never). */
    static Map<UUID, Integer> timesApplied(String consumer, List<UUID> eventIds) {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement query = connection.prepareStatement("select event_id, count(*) from applied_event "
                        + "where consumer = ? and event_id = any(?) group by event_id")) {
            query.setString(1, consumer);
            query.setArray(2, connection.createArrayOf("uuid", eventIds.toArray()));
            Map<UUID, Integer> times = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    times.put(rows.getObject(1, UUID.class), rows.getInt(2));
                }
            }
            return times;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read applied_event", e);
        }
    }

    /** Whether every event was applied exactly once. */
    static boolean eachOnce(String consumer, List<UUID> eventIds) {
        Map<UUID, Integer> times = timesApplied(consumer, eventIds);
        return times.size() == eventIds.size() && times.values().stream().allMatch(n -> n == 1);
    }
}
