package io.voxcampaigns.platform.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.voxcampaigns.testing.support.TestKafka;

/** What a real consumer reads from a topic, from its beginning. */
public final class TopicLog implements AutoCloseable {

    private final ConsumerTask<String, byte[]> task;

    private TopicLog(ConsumerTask<String, byte[]> task) {
        this.task = task;
    }

    public static TopicLog read(String topic) {
        return new TopicLog(TestKafka.consume(topic));
    }

    /** The records read so far with this key. */
    public List<ConsumerRecord<String, byte[]>> withKey(String key) {
        return task.getRecords().stream().filter(record -> key.equals(record.key())).toList();
    }

    /** Records read so far (copies included). */
    public int records() {
        return task.getRecords().size();
    }

    /** Distinct event ids read so far (the relay's event_id header). */
    public int distinctEvents() {
        return task.getRecords().stream().map(TopicLog::eventId).distinct().toList().size();
    }

    /** Per record key, the event ids in the order of their first delivery (later copies left out). */
    public Map<String, List<UUID>> firstDeliveriesByKey() {
        Map<String, Set<UUID>> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : task.getRecords()) {
            byKey.computeIfAbsent(record.key(), key -> new LinkedHashSet<>()).add(eventId(record));
        }
        Map<String, List<UUID>> lists = new LinkedHashMap<>();
        byKey.forEach((key, ids) -> lists.put(key, new ArrayList<>(ids)));
        return lists;
    }

    /** Whether the event was delivered. */
    public boolean contains(UUID eventId) {
        return task.getRecords().stream().anyMatch(record -> eventId.equals(eventId(record)));
    }

    private static UUID eventId(ConsumerRecord<String, byte[]> record) {
        return UUID.fromString(new String(record.headers().lastHeader("event_id").value(), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        task.close();
    }
}
