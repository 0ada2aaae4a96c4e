package io.voxcampaigns.testing.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceConfigurableLifecycleManager;
import io.voxcampaigns.local.Endpoints;
import io.voxcampaigns.local.Infra;
import io.voxcampaigns.platform.auth.ApiKeyClaims;

/** Points a Quarkus test application at the JVM-wide {@link Infra} and the test API-key pair; see {@link RealInfra}. */
public class InfraTestResource implements QuarkusTestResourceConfigurableLifecycleManager<RealInfra> {

    private String database;

    @Override
    public void init(RealInfra annotation) {
        database(annotation.database());
    }

    /** The service's database, created when absent. */
    void database(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("@RealInfra needs the service database: @RealInfra(database = \"...\")");
        }
        database = name;
    }

    @Override
    public Map<String, String> start() {
        Endpoints endpoints = Infra.get();
        Infra.database(database);
        return Map.of(
                "kafka.bootstrap.servers", endpoints.kafkaBootstrap(),
                "quarkus.datasource.reactive.url", endpoints.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", endpoints.jdbcUrl(database),
                "quarkus.datasource.username", endpoints.username(),
                "quarkus.datasource.password", endpoints.password(),
                "mp.jwt.verify.publickey", TestApiKeys.publicKeyPem(),
                "mp.jwt.verify.issuer", ApiKeyClaims.DEFAULT_ISSUER,
                // the same pair signs the keys campaign-service issues (POST /v3/api-keys)
                "vox.auth.signing-key", TestApiKeys.privateKeyPem());
    }

    /** Keeps the servers: the next Quarkus start in this JVM reuses them; a shutdown hook stops them. */
    @Override
    public void stop() {
    }
}
