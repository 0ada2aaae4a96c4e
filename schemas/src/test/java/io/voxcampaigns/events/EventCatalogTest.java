package io.voxcampaigns.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.campaign.CampaignCountersChanged;
import io.voxcampaigns.events.common.AgentSnapshot;
import io.voxcampaigns.events.apikey.ApiKeyRevoked;
import io.voxcampaigns.events.apikey.ApiKeyUsed;
import io.voxcampaigns.events.audit.AuditEventRecorded;
import io.voxcampaigns.events.suppression.SuppressionsChanged;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.events.task.TasksRequeued;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParser;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    private static final Path AVRO_SOURCES = Path.of("src/main/avro");

    @Test
    void listsThirtyThreeEventsOnceEach() {
        assertThat(EventCatalog.all()).hasSize(33).doesNotHaveDuplicates();
    }

    @Test
    void everyTopLevelRecordWithAnEventIdIsCatalogued() throws IOException {
        List<String> eventRecords = eventRecordsInAvroSources();

        assertThat(EventCatalog.all()).extracting(Class::getName).containsExactlyInAnyOrderElementsOf(eventRecords);
    }

    @Test
    void everyCataloguedClassCarriesTheCommonEventFields() {
        for (Class<? extends SpecificRecord> type : EventCatalog.all()) {
            Schema schema = SpecificData.getForClass(type).getSchema(type);
            assertThat(schema.getFields()).as(type.getName()).extracting(Schema.Field::name)
                    .startsWith("event_id", "occurred_at", "organization_id");
        }
    }

    @Test
    void topicAgreesWithTheTopicNamedInTheSchemaDoc() {
        for (Class<? extends SpecificRecord> type : EventCatalog.all()) {
            String doc = SpecificData.getForClass(type).getSchema(type).getDoc();
            assertThat(doc).as(type.getName()).contains("Topic " + EventCatalog.topicOf(type) + ",");
        }
    }

    @Test
    void topicOfNamesTheTopic() {
        assertThat(EventCatalog.topicOf(AgentCreated.class)).isEqualTo(Topics.AGENT_EVENTS);
        assertThat(EventCatalog.topicOf(CampaignCountersChanged.class)).isEqualTo(Topics.CAMPAIGN_EVENTS);
        assertThat(EventCatalog.topicOf(TaskBatch.class)).isEqualTo(Topics.CAMPAIGN_TASKS);
        assertThat(EventCatalog.topicOf(CampaignDrained.class)).isEqualTo(Topics.CALL_EVENTS);
    }

    @Test
    void topicOfRejectsANonEventClass() {
        assertThatThrownBy(() -> EventCatalog.topicOf(AgentSnapshot.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(AgentSnapshot.class.getName());
    }

    @Test
    void recordsOfPartitionsTheCatalogByTopic() {
        List<Class<? extends SpecificRecord>> all = new ArrayList<>();
        Stream.of(Topics.AGENT_EVENTS, Topics.CAMPAIGN_EVENTS, Topics.CAMPAIGN_TASKS, Topics.CALL_EVENTS,
                        Topics.SUPPRESSION_EVENTS, Topics.API_KEY_EVENTS, Topics.AUDIT_EVENTS,
                        Topics.API_KEY_USAGE)
                .forEach(topic -> all.addAll(EventCatalog.recordsOf(topic)));

        assertThat(all).containsExactlyElementsOf(EventCatalog.all());
        assertThat(EventCatalog.recordsOf(Topics.AGENT_EVENTS)).hasSize(4);
        assertThat(EventCatalog.recordsOf(Topics.CAMPAIGN_EVENTS)).hasSize(7);
        assertThat(EventCatalog.recordsOf(Topics.CAMPAIGN_TASKS)).containsExactly(TaskBatch.class, TasksRequeued.class);
        assertThat(EventCatalog.recordsOf(Topics.CALL_EVENTS)).hasSize(16);
        assertThat(EventCatalog.recordsOf(Topics.SUPPRESSION_EVENTS)).containsExactly(SuppressionsChanged.class);
        assertThat(EventCatalog.recordsOf(Topics.API_KEY_EVENTS)).containsExactly(ApiKeyRevoked.class);
        assertThat(EventCatalog.recordsOf(Topics.AUDIT_EVENTS)).containsExactly(AuditEventRecorded.class);
        assertThat(EventCatalog.recordsOf(Topics.API_KEY_USAGE)).containsExactly(ApiKeyUsed.class);
    }

    @Test
    void recordsOfRejectsAnUnknownTopic() {
        assertThatThrownBy(() -> EventCatalog.recordsOf("agent.event"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'agent.event'")
                .hasMessageContaining(Topics.AGENT_EVENTS);
    }

    private static List<String> eventRecordsInAvroSources() throws IOException {
        SchemaParser parser = new SchemaParser();
        try (Stream<Path> files = Files.walk(AVRO_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".avsc")).toList()) {
                parser.parse(file);
            }
        }
        return parser.getParsedNamedSchemas().stream()
                .filter(schema -> schema.getType() == Schema.Type.RECORD && schema.getField("event_id") != null)
                .map(Schema::getFullName)
                .toList();
    }
}
