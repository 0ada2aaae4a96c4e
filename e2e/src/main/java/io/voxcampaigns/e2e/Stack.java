package io.voxcampaigns.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import io.voxcampaigns.voiceruntime.VoiceRuntimeStub;

/**
 * Kafka, PostgreSQL and the three services as a user runs them (child JVMs from
 * {@code <service>/target/quarkus-app/quarkus-run.jar}), every port chosen once so that whatever is stopped or
 * killed comes back where the others expect it. The dispatcher runs as one or two processes on one database, with the
 * simulated placer or the vox placer against the stub voice runtime, which runs in this JVM (so it outlives any
 * dispatcher and its record is at hand). State, logs and the simulated placer's attempt log live under one directory.
 */
public final class Stack implements AutoCloseable {

    public static final String AGENTS = "agent-service";
    public static final String CAMPAIGNS = "campaign-service";
    public static final String DISPATCHER = "call-dispatcher";
    /** The second dispatcher process (same database, its own port), when the options ask for two. */
    public static final String DISPATCHER_2 = "call-dispatcher-2";
    private static final List<String> DISPATCHERS = List.of(DISPATCHER, DISPATCHER_2);
    private static final Map<String, String> DATABASES = Map.of(AGENTS, "agents", CAMPAIGNS, "campaigns",
            DISPATCHER, "dispatcher");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    public static final String ORGANIZATION = "org_e2e";
    public static final String OUTBOUND_NUMBER = "0260009000";

    /** How the dispatcher places calls. */
    public enum Placer {
        /** The dispatcher's in-process simulated placer; its attempt log is the oracle. */
        SIMULATED,
        /** The vox placer against the stub voice runtime; the runtime's record is the oracle. */
        VOX;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Placer of(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /** The stack's shape: the placer and how many dispatcher processes (1 or 2). */
    public record Options(Placer placer, int dispatchers) {

        public static final Options DEFAULT = new Options(Placer.SIMULATED, 1);

        public Options {
            if (dispatchers < 1 || dispatchers > DISPATCHERS.size()) {
                throw new IllegalArgumentException("1 or 2 dispatcher processes, not " + dispatchers);
            }
        }
    }

    private final Path repositoryRoot;
    private final Path directory;
    private final int postgresPort = freePort();
    private final KafkaBroker kafka;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private Options options;
    private PlacerSetup placer;
    private PostgresServer postgres;
    private String apiKey;

    private Stack(Path repositoryRoot, Path directory, Options options) {
        this.repositoryRoot = repositoryRoot;
        this.directory = directory;
        this.options = options;
        this.kafka = new KafkaBroker(freePort(), freePort(), directory.resolve("kafka"), log("kafka"));
        List.of(AGENTS, CAMPAIGNS, DISPATCHER, DISPATCHER_2).forEach(service -> ports.put(service, freePort()));
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

    /** The default stack: the simulated placer, one dispatcher. */
    public static Stack start() {
        return start(Options.DEFAULT);
    }

    /** Starts everything, registers the organisation's outbound number and returns the running stack. */
    public static Stack start(Options options) {
        Path root = repositoryRoot();
        Path directory = root.resolve("e2e").resolve("target").resolve("stack-" + System.currentTimeMillis());
        Stack stack = new Stack(root, directory, options);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        List.of(AGENTS, CAMPAIGNS, DISPATCHER).forEach(this::requireJar);
        long begin = System.nanoTime();
        kafka.start();
        startPostgres();
        writeKeys();
        placer = newPlacer();
        List<String> services = services();
        services.forEach(this::launch);
        services.forEach(this::awaitReady);
        new VoxClient(url(CAMPAIGNS), apiKey).ensureOutboundNumber(OUTBOUND_NUMBER);
        System.err.printf(Locale.ROOT, "e2e: stack ready in %.1f s (%s placer, %d dispatcher process(es), %s)%n",
                (System.nanoTime() - begin) / 1e9, options.placer().label(), options.dispatchers(), directory);
    }

    /**
     * Runs the dispatchers with other options: stops them, starts a new stub runtime when vox (its record starts
     * empty), and starts the dispatchers again. Everything else keeps running.
     */
    public synchronized void reconfigure(Options wanted) {
        if (wanted.equals(options)) {
            return;
        }
        stop(dispatchers());
        placer.close();
        options = wanted;
        placer = newPlacer();
        dispatchers().forEach(this::launch);
        dispatchers().forEach(this::awaitReady);
        System.err.printf("e2e: dispatchers now %s placer, %d process(es)%n", options.placer().label(),
                options.dispatchers());
    }

    public Options options() {
        return options;
    }

    /** The dispatcher processes of the current options, first one first. */
    public List<String> dispatchers() {
        return DISPATCHERS.subList(0, options.dispatchers());
    }

    /** The stub voice runtime (vox placer only). */
    public VoiceRuntimeStub runtime() {
        return placer.runtime();
    }

    private List<String> services() {
        List<String> services = new ArrayList<>(List.of(AGENTS, CAMPAIGNS));
        services.addAll(dispatchers());
        return services;
    }

    private PlacerSetup newPlacer() {
        return new PlacerSetup(options.placer(), attemptLog(),
                dispatchers().stream().map(d -> URI.create(url(d) + "/webhooks/voice")).toList());
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
        long since = options.placer() == Placer.VOX ? createdAt(campaignId) : 0;
        long placed = placer.placed(campaignId, since);
        while (placed < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + placed + " of " + count + " calls of campaign " + campaignId
                        + " placed within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
            placed = placer.placed(campaignId, since);
        }
        return placed;
    }

    /** The placer's own record of the campaign: the runtime's (vox) or the attempt log's (simulated). */
    public PlacerRecord placerRecord(String campaignId) {
        return placer.record(campaignId);
    }

    /** When the campaign was created (unix ms), by the public API. */
    public long createdAt(String campaignId) {
        return client(CAMPAIGNS).get("/v3/campaigns/" + campaignId).path("created_at").asLong();
    }

    /** kill -9 of one service process. */
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
        ServiceSpec spec = new ServiceSpec(service, ports.get(service), database(service), Map.of());
        running.put(service, ServiceProcess.start(spec, jar(service), environment(service), log(service)));
    }

    /** The module a service process runs: every dispatcher process is call-dispatcher. */
    private static String module(String service) {
        return DISPATCHERS.contains(service) ? DISPATCHER : service;
    }

    private static String database(String service) {
        return DATABASES.get(module(service));
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
        String database = database(service);
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
        if (DISPATCHERS.contains(service)) {
            env.putAll(placer.environment());
        }
        return env;
    }

    private void requireJar(String service) {
        if (!Files.isRegularFile(jar(service))) {
            throw new IllegalStateException(jar(service) + " is missing; build the services first: ./mvnw -B -q "
                    + "-pl agent-service,campaign-service,call-dispatcher -am package -DskipTests");
        }
    }

    private Path jar(String service) {
        return repositoryRoot.resolve(module(service)).resolve("target").resolve("quarkus-app")
                .resolve("quarkus-run.jar");
    }

    private Path log(String name) {
        return directory.resolve("logs").resolve(name + ".log");
    }

    /** Services first (SIGTERM, in parallel), then the stub runtime, Kafka and PostgreSQL. */
    @Override
    public synchronized void close() {
        stop(List.copyOf(running.keySet()));
        if (placer != null) {
            placer.close();
        }
        kafka.stop();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** SIGTERM to the processes (in parallel), then waits for them (20 s, then kill -9). */
    private void stop(List<String> services) {
        List<ServiceProcess> stopping = new ArrayList<>();
        for (String service : services) {
            ServiceProcess process = running.remove(service);
            if (process != null) {
                process.requestStop();
                stopping.add(process);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (ServiceProcess process : stopping) {
            try {
                process.awaitStopped(deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
