package io.voxcampaigns.agent.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.agent.AgentDeleted;
import io.voxcampaigns.events.agent.AgentUpdated;
import io.voxcampaigns.events.agent.AgentVersionPublished;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.TestKafka;

/** Reads one agent's records back from agent.events, decoded by their event_type header. */
public final class AgentEventLog {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Map<String, Class<? extends SpecificRecord>> TYPES = Map.of(
            AgentCreated.getClassSchema().getFullName(), AgentCreated.class,
            AgentUpdated.getClassSchema().getFullName(), AgentUpdated.class,
            AgentVersionPublished.getClassSchema().getFullName(), AgentVersionPublished.class,
            AgentDeleted.getClassSchema().getFullName(), AgentDeleted.class);

    private AgentEventLog() {
    }

    /** Waits until the topic holds {@code count} records keyed by the agent id and returns them, decoded, in order. */
    public static List<SpecificRecord> read(String agentId, int count) {
        ConsumerTask<String, byte[]> consumer = TestKafka.consume(Topics.AGENT_EVENTS);
        List<SpecificRecord> events = new ArrayList<>();
        try {
            await().atMost(WAIT).until(() -> {
                events.clear();
                for (ConsumerRecord<String, byte[]> record : consumer.getRecords()) {
                    if (agentId.equals(record.key())) {
                        events.add(decode(record));
                    }
                }
                return events.size() >= count;
            });
        } finally {
            consumer.stop();
        }
        return List.copyOf(events);
    }

    private static SpecificRecord decode(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("event_type");
        String type = new String(header.value(), StandardCharsets.UTF_8);
        return EventCodec.decode(record.value(), TYPES.get(type));
    }
}
