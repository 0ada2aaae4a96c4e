package io.voxcampaigns.testing.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.voxcampaigns.local.Endpoints;
import io.voxcampaigns.local.Infra;
import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.auth.KeyPairs;

class InfraTestResourceTest {

    private static final String ORG = "0b6f3c1e-2a4d-4c8e-9b1a-000000000001";

    @Test
    @Tag(RealInfra.TAG)
    void testResourceConfiguresTheServiceAndItsKeys() throws Exception {
        InfraTestResource resource = new InfraTestResource();
        resource.database("resource_check");

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
    void testResourceRequiresTheDatabase() {
        assertThatThrownBy(() -> new InfraTestResource().database(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
