package io.voxcampaigns.local;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL and Kafka in containers, for machines where a Docker engine answers. */
final class ContainerServers {

    static final String POSTGRES_IMAGE = "postgres:17-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private ContainerServers() {
    }

    static Infra.Started start(String username, String password) {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName("postgres")
                .withUsername(username)
                .withPassword(password);
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        try {
            postgres.start();
            kafka.start();
        } catch (RuntimeException e) {
            kafka.stop();
            postgres.stop();
            throw e;
        }
        Endpoints endpoints = new Endpoints(kafka.getBootstrapServers(), postgres.getHost(), postgres.getMappedPort(5432),
                username, password);
        // the container's user is its superuser, so it can create the service databases too
        PgAdmin admin = new PgAdmin(endpoints.jdbcUrl("postgres"), username, password);
        return new Infra.Started(endpoints, admin, () -> {
            kafka.stop();
            postgres.stop();
        });
    }
}
