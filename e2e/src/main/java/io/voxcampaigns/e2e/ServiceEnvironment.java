package io.voxcampaigns.e2e;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import io.voxcampaigns.local.Infra;
import io.voxcampaigns.platform.auth.ApiKeyClaims;

/**
 * The environment of a service process: its port, the broker, its database, the API-key check, agent-service for
 * campaign-service, and the placer's settings for every dispatcher process.
 */
final class ServiceEnvironment {

    static final String KAFKA_SESSION_TIMEOUT = "-Dmp.messaging.connector.smallrye-kafka.session.timeout.ms=10000";

    private final ServicePorts ports;
    private final String kafkaBootstrap;
    private final int postgresPort;
    private final Path publicKey;
    private final Path privateKey;

    ServiceEnvironment(ServicePorts ports, String kafkaBootstrap, int postgresPort, Path publicKey, Path privateKey) {
        this.ports = ports;
        this.kafkaBootstrap = kafkaBootstrap;
        this.postgresPort = postgresPort;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    Map<String, String> of(String service, PlacerSetup placer) {
        Map<String, String> env = new TreeMap<>();
        String database = ServiceProcesses.database(service);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.of(service)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + postgresPort + "/" + database);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + postgresPort + "/" + database);
        env.put("QUARKUS_DATASOURCE_USERNAME", Infra.USERNAME);
        env.put("QUARKUS_DATASOURCE_PASSWORD", Infra.PASSWORD);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        env.put("MP_JWT_VERIFY_ISSUER", ApiKeyClaims.DEFAULT_ISSUER);
        // each service reports its keys' uses every second rather than every 30 s (a key's last_used_at)
        env.put("VOX_AUTH_USAGE_REPORT_INTERVAL", "1s");
        // a killed process leaves its Kafka consumers in their groups until their session times out (45 s by
        // default): 10 s lets the kill scenarios' survivors and restarted processes take the partitions over sooner
        String inherited = System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "");
        env.put("JAVA_TOOL_OPTIONS", (inherited + " " + KAFKA_SESSION_TIMEOUT).trim());
        if (service.equals(Stack.CAMPAIGNS)) {
            env.put("QUARKUS_REST_CLIENT_AGENT_SERVICE_URL", ports.url(Stack.AGENTS));
            env.put("VOX_AUTH_SIGNING_KEY_LOCATION", privateKey.toString());
        }
        if (ServiceProcesses.isDispatcher(service)) {
            env.putAll(placer.environment());
        }
        return env;
    }
}
