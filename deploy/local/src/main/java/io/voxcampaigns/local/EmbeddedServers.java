package io.voxcampaigns.local;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** PostgreSQL and Kafka started side by side in this JVM's care; each takes a few seconds, so in parallel. */
record EmbeddedServers(PostgresServer postgres, KafkaServer kafka) implements AutoCloseable {

    /** Where and how to run the pair: ports 0 mean any free port, null directories mean throwaway data. */
    record Settings(int postgresPort, Path postgresData, Path postgresLog, int kafkaPort, int kafkaControllerPort,
            Path kafkaLogs) {
    }

    /**
     * The pool's threads are created by the calling thread, so they inherit its context class loader, through
     * which Kafka loads the classes its configuration names.
     */
    static EmbeddedServers start(Settings settings) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<PostgresServer> postgres = pool.submit(
                () -> PostgresServer.start(settings.postgresPort(), settings.postgresData(), settings.postgresLog()));
        Future<KafkaServer> kafka = pool.submit(
                () -> KafkaServer.start(settings.kafkaPort(), settings.kafkaControllerPort(), settings.kafkaLogs()));
        pool.shutdown();
        try {
            return new EmbeddedServers(postgres.get(), kafka.get());
        } catch (ExecutionException | InterruptedException e) {
            closeWhenStarted(postgres);
            closeWhenStarted(kafka);
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("Kafka/PostgreSQL did not start: " + cause.getMessage(), cause);
        }
    }

    /** Kafka first: its clients are gone by now, and PostgreSQL has nothing depending on Kafka. */
    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }

    private static void closeWhenStarted(Future<? extends AutoCloseable> server) {
        try {
            server.get().close();
        } catch (Exception e) {
            // it did not start (or failed to stop); the original failure is the one to report
        }
    }
}
