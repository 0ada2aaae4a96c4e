package io.voxcampaigns.local;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.voxcampaigns.platform.auth.ApiKeyClaims;

/** Points a Quarkus test application at the JVM-wide {@link Infra} and the test API-key pair. */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

    /**
     * The service's database, created when absent:
     * {@code @WithTestResource(value = InfraTestResource.class, scope = TestResourceScope.GLOBAL,
     * initArgs = @ResourceArg(name = InfraTestResource.DATABASE_ARG, value = "agents"))}.
     */
    public static final String DATABASE_ARG = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE_ARG);
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException(
                    "InfraTestResource needs @ResourceArg(name = \"" + DATABASE_ARG + "\", value = \"<service database>\")");
        }
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
                "mp.jwt.verify.issuer", ApiKeyClaims.DEFAULT_ISSUER);
    }

    /** Keeps the servers: the next Quarkus start in this JVM reuses them; a shutdown hook stops them. */
    @Override
    public void stop() {
    }
}
