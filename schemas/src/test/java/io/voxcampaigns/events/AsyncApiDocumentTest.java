package io.voxcampaigns.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** asyncapi.yaml, the subscribers' view of the contract, lists exactly the catalogued records under their topics. */
class AsyncApiDocumentTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        document = new ObjectMapper(new YAMLFactory()).readTree(MODULE.resolve("asyncapi.yaml").toFile());
    }

    @Test
    void everyTopicIsAChannelListingExactlyItsRecords() {
        List<String> addresses = new ArrayList<>();
        document.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrder(Topics.AGENT_EVENTS, Topics.CAMPAIGN_EVENTS,
                Topics.CAMPAIGN_TASKS, Topics.CALL_EVENTS, Topics.SUPPRESSION_EVENTS, Topics.API_KEY_EVENTS,
                Topics.AUDIT_EVENTS, Topics.API_KEY_USAGE);
        for (JsonNode channel : document.get("channels")) {
            String topic = channel.get("address").asText();
            List<String> listed = new ArrayList<>();
            channel.get("messages").fieldNames().forEachRemaining(listed::add);
            List<String> catalogued = EventCatalog.recordsOf(topic).stream().map(Class::getSimpleName).toList();
            assertThat(listed).as(topic).containsExactlyInAnyOrderElementsOf(catalogued);
        }
    }

    @Test
    void everyMessageNamesItsSchemaFileHeaderAndKey() throws IOException {
        for (Class<? extends SpecificRecord> type : EventCatalog.all()) {
            JsonNode message = document.get("components").get("messages").get(type.getSimpleName());
            assertThat(message).as(type.getSimpleName()).isNotNull();
            Schema schema = SpecificData.get().getSchema(type);
            assertThat(message.at("/headers/properties/event_type/const").asText()).isEqualTo(schema.getFullName());

            Path file = MODULE.resolve(message.at("/payload/schema/$ref").asText()).normalize();
            assertThat(Files.isRegularFile(file)).as(file.toString()).isTrue();
            Map<?, ?> avsc = new ObjectMapper().readValue(file.toFile(), Map.class);
            assertThat(avsc.get("namespace") + "." + avsc.get("name")).isEqualTo(schema.getFullName());

            String key = switch (EventCatalog.topicOf(type)) {
                case Topics.AGENT_EVENTS -> "agent_id";
                case Topics.SUPPRESSION_EVENTS, Topics.AUDIT_EVENTS -> "organization_id";
                case Topics.API_KEY_EVENTS, Topics.API_KEY_USAGE -> "key_id";
                default -> "campaign_id";
            };
            assertThat(message.at("/bindings/kafka/key/description").asText()).as(type.getSimpleName()).isEqualTo(key);
            assertThat(schema.getField(key)).as(type.getSimpleName() + " carries its key field").isNotNull();
        }
    }
}
