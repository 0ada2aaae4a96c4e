package io.voxcampaigns.local;

/** Where the running Kafka and PostgreSQL answer, and the application role every service database belongs to. */
public record Endpoints(String kafkaBootstrap, String pgHost, int pgPort, String username, String password) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }

    /** The Vert.x reactive client URL form (no jdbc: prefix). */
    public String reactiveUrl(String database) {
        return "postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }
}
