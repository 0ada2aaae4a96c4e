package io.voxcampaigns.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jboss.logging.Logger;

/** The test JVM's Kafka and PostgreSQL: started on first use, shared by every test, stopped by a shutdown hook. */
public final class Infra {

    /** The application role of every service database. */
    public static final String USERNAME = "vox";
    public static final String PASSWORD = "vox";

    /**
     * The running servers are described in system properties, not only in static fields: Quarkus may load this
     * class again in another class loader (another test profile), and that copy must reuse the servers, not start
     * new ones.
     */
    private static final String STATE = "vox.testinfra.";

    private static final Logger LOG = Logger.getLogger(Infra.class);

    private static Endpoints endpoints;
    private static PgAdmin admin;

    private Infra() {
    }

    /** Started servers, their superuser access and how to stop them. */
    record Started(Endpoints endpoints, PgAdmin admin, AutoCloseable stopper) {
    }

    public static synchronized Endpoints get() {
        if (endpoints == null && !readState()) {
            long begin = System.nanoTime();
            String mode = mode();
            Started started = startWithOwnClassLoader(mode);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(started.stopper()), "testinfra-stop"));
            writeState(started, mode);
            endpoints = started.endpoints();
            admin = started.admin();
            LOG.infof("%s Kafka %s and PostgreSQL %s:%d started in %d ms", mode,
                    endpoints.kafkaBootstrap(), endpoints.pgHost(), endpoints.pgPort(),
                    (System.nanoTime() - begin) / 1_000_000);
        }
        return endpoints;
    }

    /** Makes the database exist, owned by the application role; returns its name. */
    public static String database(String name) {
        get();
        synchronized (Infra.class) {
            Databases.ensure(admin, USERNAME, PASSWORD, name);
        }
        return name;
    }

    /**
     * The effective mode, {@code containers} or {@code embedded}, chosen by the {@code testinfra.mode} system
     * property or {@code TESTINFRA_MODE}: {@code auto} (the default: containers when a Docker engine answers),
     * {@code containers} or {@code embedded}.
     */
    public static String mode() {
        String running = System.getProperty(STATE + "mode");
        if (running != null) {
            return running;
        }
        String wanted = System.getProperty("testinfra.mode", System.getenv().getOrDefault("TESTINFRA_MODE", "auto"));
        return switch (wanted.strip().toLowerCase(Locale.ROOT)) {
            case "containers" -> "containers";
            case "embedded" -> "embedded";
            case "auto", "" -> DockerProbe.dockerAvailable() ? "containers" : "embedded";
            default -> throw new IllegalArgumentException(
                    "testinfra.mode / TESTINFRA_MODE must be auto, containers or embedded, not " + wanted);
        };
    }

    /**
     * Starts the servers with this class's loader as the context class loader (inherited by the threads they start):
     * Kafka loads plug-in classes (the share-state persister, ...) through it, and under a Quarkus test it would be
     * the application's class loader, whose copies of Kafka's classes do not match the broker's own.
     */
    private static Started startWithOwnClassLoader(String mode) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Infra.class.getClassLoader());
        try {
            return "containers".equals(mode) ? ContainerServers.start(USERNAME, PASSWORD) : startEmbedded();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Started startEmbedded() {
        Path logFile = Files.isDirectory(Path.of("target")) ? Path.of("target", "testinfra-postgres.log")
                : Path.of(System.getProperty("java.io.tmpdir"), "testinfra-postgres-" + ProcessHandle.current().pid() + ".log");
        EmbeddedServers servers = EmbeddedServers.start(new EmbeddedServers.Settings(0, null, logFile, 0, 0, null));
        Endpoints started = new Endpoints(servers.kafka().bootstrap(), "localhost", servers.postgres().port(), USERNAME,
                PASSWORD);
        return new Started(started, servers.postgres().admin(), servers);
    }

    private static boolean readState() {
        String kafka = System.getProperty(STATE + "kafka");
        if (kafka == null) {
            return false;
        }
        endpoints = new Endpoints(kafka, System.getProperty(STATE + "pg.host"),
                Integer.parseInt(System.getProperty(STATE + "pg.port")), USERNAME, PASSWORD);
        admin = new PgAdmin(System.getProperty(STATE + "admin.url"), System.getProperty(STATE + "admin.username"),
                System.getProperty(STATE + "admin.password"));
        return true;
    }

    private static void writeState(Started started, String mode) {
        Endpoints e = started.endpoints();
        System.setProperty(STATE + "mode", mode);
        System.setProperty(STATE + "pg.host", e.pgHost());
        System.setProperty(STATE + "pg.port", Integer.toString(e.pgPort()));
        System.setProperty(STATE + "admin.url", started.admin().jdbcUrl());
        System.setProperty(STATE + "admin.username", started.admin().username());
        if (started.admin().password() != null) {
            System.setProperty(STATE + "admin.password", started.admin().password());
        }
        // written last: readers take its presence to mean the rest is there
        System.setProperty(STATE + "kafka", e.kafkaBootstrap());
    }

    private static void stopQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("Stopping the test infrastructure failed", e);
        }
    }
}
