package io.voxcampaigns.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server from the zonky binaries: a throwaway one for tests, or one on a kept data directory (which the
 * end-to-end harness stops and starts again on the same port).
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param port 0 for any free port
     * @param dataDirectory null for a temporary one deleted on close; otherwise kept and reused
     * @param logFile where the server writes its log, so it never reaches the console
     */
    public static PostgresServer start(int port, Path dataDirectory, Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // the owner decides when to stop; zonky's own hook would race with the services' shutdown
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("synchronous_commit", "off");
            if (dataDirectory == null) {
                // throwaway data: durability is worthless, speed is not
                builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
            } else {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start (log: " + logFile + ")", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** initdb ran with trust authentication, so the superuser needs no password. */
    PgAdmin admin() {
        return new PgAdmin("jdbc:postgresql://localhost:" + port() + "/postgres", "postgres", null);
    }

    /** Makes the application role's database exist (the role every service connects as, {@link Infra#USERNAME}). */
    public void ensureDatabase(String database) {
        Databases.ensure(admin(), Infra.USERNAME, Infra.PASSWORD, database);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
