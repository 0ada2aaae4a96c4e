package io.voxcampaigns.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.voxcampaigns.local.Infra;
import io.voxcampaigns.local.PostgresServer;
import io.voxcampaigns.local.ServiceProcess;
import io.voxcampaigns.local.ServiceSpec;
import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.auth.ApiKeyIssuer;
import io.voxcampaigns.platform.auth.KeyPairs;

/**
 * Kafka, PostgreSQL and the three services as a user runs them (child JVMs from
 * {@code <service>/target/quarkus-app/quarkus-run.jar}), every port chosen once so that whatever is stopped or
 * killed comes back where the others expect it. State, logs and the placer's attempt log live under one directory.
 */
public final class Stack implements AutoCloseable {

    public static final String AGENTS = "agent-service";
    public static final String CAMPAIGNS = "campaign-service";
    public static final String DISPATCHER = "call-dispatcher";
    private static final List<String> SERVICES = List.of(AGENTS, CAMPAIGNS, DISPATCHER);
    private static final Map<String, String> DATABASES = Map.of(AGENTS, "agents", CAMPAIGNS, "campaigns",
            DISPATCHER, "dispatcher");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    public static final String ORGANIZATION = "org_e2e";
    public static final String OUTBOUND_NUMBER = "0260009000";

    private final Path repositoryRoot;
    private final Path directory;
    private final int postgresPort = freePort();
    private final KafkaBroker kafka;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private PostgresServer postgres;
    private String apiKey;

    private Stack(Path repositoryRoot, Path directory) {
        this.repositoryRoot = repositoryRoot;
        this.directory = directory;
        this.kafka = new KafkaBroker(freePort(), freePort(), directory.resolve("kafka"), log("kafka"));
        SERVICES.forEach(service -> ports.put(service, freePort()));
    }

    /** The repository root: system property e2e.root, else the working directory's parent when it is e2e/. */
    public static Path repositoryRoot() {
        String configured = System.getProperty("e2e.root");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("call-dispatcher")) && root.getParent() != null) {
            root = root.getParent();
        }
        return root.toAbsolutePath();
    }

    /** Starts everything, registers the organisation's outbound number and returns the running stack. */
    public static Stack start() {
        Path root = repositoryRoot();
        Path directory = root.resolve("e2e").resolve("target").resolve("stack-" + System.currentTimeMillis());
        Stack stack = new Stack(root, directory);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        SERVICES.forEach(this::requireJar);
        long begin = System.nanoTime();
        kafka.start();
        startPostgres();
        writeKeys();
        SERVICES.forEach(this::launch);
        SERVICES.forEach(this::awaitReady);
        new VoxClient(url(CAMPAIGNS), apiKey).ensureOutboundNumber(OUTBOUND_NUMBER);
        System.err.printf("e2e: stack ready in %.1f s (%s)%n", (System.nanoTime() - begin) / 1e9, directory);
    }

    public Path directory() {
        return directory;
    }

    public String kafkaBootstrap() {
        return kafka.bootstrap();
    }

    public String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    public String apiKey() {
        return apiKey;
    }

    public VoxClient client(String service) {
        return new VoxClient(url(service), apiKey);
    }

    /** The simulated placer's durable record (vox.dispatcher.simulated.attempt-log). */
    public Path attemptLog() {
        return directory.resolve("attempts.log");
    }

    /** Waits until the placer's record holds at least {@code count} placements of the campaign; returns them. */
    public long awaitPlaced(String campaignId, long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long placed = AttemptLog.read(attemptLog()).starts(campaignId);
        while (placed < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + placed + " of " + count + " calls of campaign " + campaignId
                        + " placed within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
            placed = AttemptLog.read(attemptLog()).starts(campaignId);
        }
        return placed;
    }

    /** kill -9 of one service. */
    public void kill(String service) throws InterruptedException {
        running.remove(service).kill();
    }

    /** Starts a (killed) service again on its port and waits until it is ready. */
    public void restart(String service) {
        launch(service);
        awaitReady(service);
    }

    /** Stops the broker (controlled shutdown), waits, starts it again on the same port and data. */
    public void restartKafka(Duration down) throws InterruptedException {
        kafka.stop();
        Thread.sleep(down.toMillis());
        kafka.start();
    }

    /** Stops PostgreSQL (fast shutdown: open connections are cut), waits, starts it again on the same data. */
    public void restartPostgres(Duration down) throws InterruptedException {
        postgres.close();
        postgres = null;
        Thread.sleep(down.toMillis());
        startPostgres();
    }

    private void startPostgres() {
        postgres = PostgresServer.start(postgresPort, directory.resolve("postgres"), log("postgres"));
        DATABASES.values().forEach(postgres::ensureDatabase);
    }

    private void writeKeys() {
        try {
            Files.createDirectories(publicKey().getParent());
            KeyPair pair = KeyPairs.generate();
            KeyPairs.writePublicKey(pair.getPublic(), publicKey());
            apiKey = ApiKeyIssuer.issue(pair.getPrivate(), ApiKeyClaims.DEFAULT_ISSUER, "e2e-key", ORGANIZATION,
                    Set.of("agents", "campaigns", "calls", ApiKeyClaims.SCOPE_ADMIN), Duration.ofDays(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path publicKey() {
        return directory.resolve("keys").resolve("api-key-public.pem");
    }

    private void launch(String service) {
        ServiceSpec spec = new ServiceSpec(service, ports.get(service), DATABASES.get(service), Map.of());
        running.put(service, ServiceProcess.start(spec, jar(service), environment(service), log(service)));
    }

    private void awaitReady(String service) {
        ServiceProcess process = running.get(service);
        try {
            if (!process.awaitReady(System.nanoTime() + READY_TIMEOUT.toNanos())) {
                throw new IllegalStateException(service + " is not ready; last lines of " + process.logFile() + ":\n  "
                        + String.join("\n  ", process.tail(30)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + service + " started", e);
        }
    }

    Map<String, String> environment(String service) {
        Map<String, String> env = new TreeMap<>();
        String database = DATABASES.get(service);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(service)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrap());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + postgresPort + "/" + database);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + postgresPort + "/" + database);
        env.put("QUARKUS_DATASOURCE_USERNAME", Infra.USERNAME);
        env.put("QUARKUS_DATASOURCE_PASSWORD", Infra.PASSWORD);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey().toString());
        env.put("MP_JWT_VERIFY_ISSUER", ApiKeyClaims.DEFAULT_ISSUER);
        if (service.equals(CAMPAIGNS)) {
            env.put("QUARKUS_REST_CLIENT_AGENT_SERVICE_URL", url(AGENTS));
        }
        if (service.equals(DISPATCHER)) {
            env.put("VOX_DISPATCHER_CALL_PLACER", "simulated");
            env.put("VOX_DISPATCHER_SIMULATED_ATTEMPT_LOG", attemptLog().toString());
            // short calls; a call whose dispatcher died closes as error after ring + timeout + 2 s
            env.put("VOX_DISPATCHER_SIMULATED_RING_MIN", "0ms");
            env.put("VOX_DISPATCHER_SIMULATED_RING_MAX", "20ms");
            env.put("VOX_DISPATCHER_SIMULATED_TALK_MIN", "20ms");
            env.put("VOX_DISPATCHER_SIMULATED_TALK_MAX", "100ms");
            env.put("VOX_DISPATCHER_CALL_DEADLINE_MARGIN", "2s");
            env.put("VOX_DISPATCHER_SWEEP_INTERVAL", "1s");
        }
        return env;
    }

    private void requireJar(String service) {
        if (!Files.isRegularFile(jar(service))) {
            throw new IllegalStateException(jar(service) + " is missing; build the services first: ./mvnw -B -q "
                    + "-pl agent-service,campaign-service,call-dispatcher -am install -DskipTests");
        }
    }

    private Path jar(String service) {
        return repositoryRoot.resolve(service).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    private Path log(String name) {
        return directory.resolve("logs").resolve(name + ".log");
    }

    /** Services first (SIGTERM, in parallel), then Kafka and PostgreSQL. */
    @Override
    public synchronized void close() {
        running.values().forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (ServiceProcess process : running.values()) {
            try {
                process.awaitStopped(deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
        kafka.stop();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
