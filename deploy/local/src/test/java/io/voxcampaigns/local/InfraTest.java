package io.voxcampaigns.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Real Kafka and PostgreSQL: tagged like the tests of io.voxcampaigns.testing.support.RealInfra (the fast tier skips it). */
@Tag("real-infra")
class InfraTest {

    @BeforeAll
    static void embeddedMode() {
        // this test proves the Docker-free path, whatever the machine offers
        System.setProperty("testinfra.mode", "embedded");
    }

    @Test
    void serviceDatabaseIsCreatedAndReachableAsTheAppRole() throws Exception {
        Endpoints endpoints = Infra.get();
        String database = Infra.database("infra_check");
        Infra.database("infra_check");

        try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl(database), endpoints.username(),
                endpoints.password()); Statement statement = connection.createStatement()) {
            statement.execute("create table greeting (id int primary key, text varchar(20) not null)");
            statement.execute("insert into greeting values (1, 'hello')");
            try (ResultSet rows = statement.executeQuery("select text, current_user from greeting where id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("hello");
                assertThat(rows.getString(2)).isEqualTo("vox");
            }
        }
    }

    @Test
    void recordProducedToATopicIsConsumedBack() {
        try (KafkaCompanion companion = new KafkaCompanion(Infra.get().kafkaBootstrap())) {
            companion.produceStrings()
                    .fromRecords(new ProducerRecord<>("infra-check", "key-1", "hello kafka"))
                    .awaitCompletion(Duration.ofSeconds(10));

            ConsumerRecord<String, String> record = companion.consumeStrings()
                    .fromTopics("infra-check", 1)
                    .awaitCompletion(Duration.ofSeconds(15))
                    .getFirstRecord();

            assertThat(record.key()).isEqualTo("key-1");
            assertThat(record.value()).isEqualTo("hello kafka");
        }
    }
}
