package io.voxcampaigns.e2e;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.voxcampaigns.local.PostgresServer;
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
            if (dispatchers < 1 || dispatchers > ServiceProcesses.DISPATCHERS.size()) {
                throw new IllegalArgumentException("1 or 2 dispatcher processes, not " + dispatchers);
            }
        }
    }

    private final StackDirectory files;
    private final int postgresPort = ServicePorts.free();
    private final KafkaBroker kafka;
    private final ServicePorts ports = new ServicePorts(List.of(AGENTS, CAMPAIGNS, DISPATCHER, DISPATCHER_2));
    private final ServiceProcesses services;
    private Options options;
    private PlacerSetup placer;
    private PostgresServer postgres;
    private String apiKey;

    private Stack(Path repositoryRoot, Path directory, Options options) {
        this.files = new StackDirectory(repositoryRoot, directory);
        this.options = options;
        this.kafka = new KafkaBroker(ServicePorts.free(), ServicePorts.free(), directory.resolve("kafka"),
                files.log("kafka"));
        ServiceEnvironment environment = new ServiceEnvironment(ports, kafka.bootstrap(), postgresPort,
                files.publicKey(), files.privateKey());
        this.services = new ServiceProcesses(files, ports, service -> environment.of(service, placer));
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
        List.of(AGENTS, CAMPAIGNS, DISPATCHER).forEach(services::requireJar);
        long begin = System.nanoTime();
        kafka.start();
        startPostgres();
        apiKey = StackApiKey.issue(files.publicKey(), files.privateKey(), ORGANIZATION);
        placer = newPlacer();
        List<String> all = new ArrayList<>(List.of(AGENTS, CAMPAIGNS));
        all.addAll(dispatchers());
        all.forEach(services::launch);
        all.forEach(services::awaitReady);
        new VoxClient(url(CAMPAIGNS), apiKey).ensureOutboundNumber(OUTBOUND_NUMBER);
        System.err.printf(Locale.ROOT, "e2e: stack ready in %.1f s (%s placer, %d dispatcher process(es), %s)%n",
                (System.nanoTime() - begin) / 1e9, options.placer().label(), options.dispatchers(), directory());
    }

    /**
     * Runs the dispatchers with other options: stops them, starts a new stub runtime when vox (its record starts
     * empty), and starts the dispatchers again. Everything else keeps running.
     */
    public synchronized void reconfigure(Options wanted) {
        if (wanted.equals(options)) {
            return;
        }
        services.stop(dispatchers());
        placer.close();
        options = wanted;
        placer = newPlacer();
        dispatchers().forEach(services::launch);
        dispatchers().forEach(services::awaitReady);
        System.err.printf("e2e: dispatchers now %s placer, %d process(es)%n", options.placer().label(),
                options.dispatchers());
    }

    public Options options() {
        return options;
    }

    /** The dispatcher processes of the current options, first one first. */
    public List<String> dispatchers() {
        return ServiceProcesses.DISPATCHERS.subList(0, options.dispatchers());
    }

    /** The stub voice runtime (vox placer only). */
    public VoiceRuntimeStub runtime() {
        return placer.runtime();
    }

    private PlacerSetup newPlacer() {
        return new PlacerSetup(options.placer(), attemptLog(),
                dispatchers().stream().map(d -> URI.create(url(d) + "/webhooks/voice")).toList());
    }

    public Path directory() {
        return files.directory();
    }

    public String kafkaBootstrap() {
        return kafka.bootstrap();
    }

    public String url(String service) {
        return ports.url(service);
    }

    public String apiKey() {
        return apiKey;
    }

    public VoxClient client(String service) {
        return new VoxClient(url(service), apiKey);
    }

    /** The simulated placer's durable record (vox.dispatcher.simulated.attempt-log). */
    public Path attemptLog() {
        return files.attemptLog();
    }

    /** Waits until the placer's record holds at least {@code count} placements of the campaign; returns them. */
    public long awaitPlaced(String campaignId, long count, Duration timeout) throws InterruptedException {
        long since = options.placer() == Placer.VOX ? createdAt(campaignId) : 0;
        return placer.awaitPlaced(campaignId, since, count, timeout);
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
        services.kill(service);
    }

    /** Starts a (killed) service again on its port and waits until it is ready. */
    public void restart(String service) {
        services.launch(service);
        services.awaitReady(service);
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
        postgres = PostgresServer.start(postgresPort, directory().resolve("postgres"), files.log("postgres"));
        ServiceProcesses.databases().forEach(postgres::ensureDatabase);
    }

    /** Services first (SIGTERM, in parallel), then the stub runtime, Kafka and PostgreSQL. */
    @Override
    public synchronized void close() {
        services.stop(services.running());
        if (placer != null) {
            placer.close();
        }
        kafka.stop();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
