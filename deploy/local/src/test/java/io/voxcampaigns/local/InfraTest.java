package io.voxcampaigns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.auth.KeyPairs;

class InfraTest {

    private static final String ORG = "0b6f3c1e-2a4d-4c8e-9b1a-000000000001";

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

    @Test
    void testResourceConfiguresTheServiceAndItsKeys() throws Exception {
        InfraTestResource resource = new InfraTestResource();
        resource.init(Map.of(InfraTestResource.DATABASE_ARG, "resource_check"));

        Map<String, String> config = resource.start();
        resource.stop();

        Endpoints endpoints = Infra.get();
        assertThat(config)
                .containsEntry("kafka.bootstrap.servers", endpoints.kafkaBootstrap())
                .containsEntry("quarkus.datasource.reactive.url", "postgresql://localhost:" + endpoints.pgPort() + "/resource_check")
                .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + endpoints.pgPort() + "/resource_check")
                .containsEntry("quarkus.datasource.username", "vox")
                .containsEntry("quarkus.datasource.password", "vox")
                .containsEntry("mp.jwt.verify.issuer", ApiKeyClaims.DEFAULT_ISSUER);
        try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl("resource_check"), "vox", "vox")) {
            assertThat(connection.isValid(2)).isTrue();
        }

        JwtConsumer verifier = new JwtConsumerBuilder()
                .setVerificationKey(KeyPairs.parsePublicKey(config.get("mp.jwt.verify.publickey")))
                .setExpectedIssuer(ApiKeyClaims.DEFAULT_ISSUER)
                .build();
        JwtClaims claims = verifier.processToClaims(TestApiKeys.issueWithKeyId("test-key", ORG, "agents", "admin"));
        assertThat(claims.getJwtId()).isEqualTo("test-key");
        assertThat(claims.getStringClaimValue(ApiKeyClaims.ORGANIZATION_ID)).isEqualTo(ORG);
        assertThat(claims.getStringListClaimValue(ApiKeyClaims.SCOPES)).containsExactlyInAnyOrder("agents", "admin");
        assertThat(verifier.processToClaims(TestApiKeys.issue(ORG)).getSubject()).isEqualTo(ORG);
        assertThatThrownBy(() -> verifier.processToClaims(TestApiKeys.expired(ORG))).isInstanceOf(InvalidJwtException.class);
        assertThatThrownBy(() -> verifier.processToClaims(TestApiKeys.signedByUnknownKey(ORG)))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void testResourceRequiresTheDatabaseArgument() {
        assertThatThrownBy(() -> new InfraTestResource().init(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
