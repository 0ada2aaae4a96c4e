package io.voxcampaigns.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.auth.ApiKeyIssuer;
import io.voxcampaigns.platform.auth.KeyPairs;

/** The one-command local stack: Kafka, PostgreSQL and (unless {@code --infra-only}) the services and demo data. */
public final class LocalStack {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;
    static final String KAFKA_BOOTSTRAP = "localhost:" + KAFKA_PORT;
    static final String DEMO_ORGANIZATION_ID = "8d9a4f3e-6b2c-4e1a-9f00-00000000de00";
    static final String DEMO_KEY_ID = "demo-key";
    static final Set<String> DEMO_SCOPES = new LinkedHashSet<>(List.of("agents", "campaigns", "calls", ApiKeyClaims.SCOPE_ADMIN));
    static final Duration DEMO_KEY_TTL = Duration.ofDays(365);
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private static final PrintStream OUT = System.out;

    private final StackLayout layout;
    private final List<ServiceProcess> services = new ArrayList<>();
    private FileChannel lockChannel;
    private FileLock lock;
    private volatile EmbeddedServers servers;
    private volatile boolean stopping;
    private volatile boolean infrastructureStarting;

    LocalStack(StackLayout layout) {
        this.layout = layout;
    }

    public static void main(String[] args) throws InterruptedException {
        long begin = System.nanoTime();
        boolean infraOnly;
        try {
            infraOnly = infraOnly(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: ./local-stack [--infra-only]");
            System.exit(2);
            return;
        }
        Path root = Path.of(System.getProperty("stack.root", ".")).toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(new StackLayout(root));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            String demoKey = stack.start(infraOnly);
            stack.printReady(infraOnly, demoKey, begin);
        } catch (RuntimeException e) {
            if (stack.stopping) {
                // Ctrl-C during the start: the failure is the interruption itself, the hook is cleaning up
                return;
            }
            System.err.println();
            System.err.println("local-stack: " + e.getMessage());
            // the shutdown hook stops whatever did start
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    static boolean infraOnly(String[] args) {
        String mode = System.getProperty("stack.mode", "all");
        for (String arg : args) {
            if (!arg.equals("--infra-only")) {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
            mode = "infra-only";
        }
        return switch (mode) {
            case "all" -> false;
            case "infra-only" -> true;
            default -> throw new IllegalArgumentException("stack.mode must be all or infra-only, not " + mode);
        };
    }

    /** Starts everything; returns the demo API key. */
    String start(boolean infraOnly) {
        createStateDirectory();
        takeLock();
        if (!infraOnly) {
            // fail before spending time on the infrastructure
            ServiceSpec.ALL.forEach(this::requireJar);
        }
        Orphans.stop(layout);
        StackLogging.toFile(layout.log("infra"));
        startInfrastructure();
        ensureKeys();
        String demoKey = issueDemoKey();
        if (!infraOnly) {
            startServices();
            seed(demoKey);
        }
        return demoKey;
    }

    private void createStateDirectory() {
        try {
            Files.createDirectories(layout.logs());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + layout.state(), e);
        }
    }

    /** One stack per checkout: a second one would fight over ports and data directories. */
    private void takeLock() {
        try {
            lockChannel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + layout.lockFile(), e);
        }
        if (lock == null) {
            throw new IllegalStateException("Another local stack is already running from " + layout.root()
                    + " (it holds " + layout.lockFile() + "). Stop it with Ctrl-C in its terminal.");
        }
    }

    private void requireJar(ServiceSpec spec) {
        if (!Files.isRegularFile(layout.serviceJar(spec.name()))) {
            throw new IllegalStateException(layout.serviceJar(spec.name()) + " is missing. Build it with:\n"
                    + "  ./mvnw -B -q -DskipTests install            (everything)\n"
                    + "  ./mvnw -B -q -DskipTests -pl " + spec.name() + " -am install   (just " + spec.name() + ")");
        }
    }

    private void startInfrastructure() {
        Ports.requireFree(POSTGRES_PORT, "PostgreSQL");
        Ports.requireFree(KAFKA_PORT, "Kafka");
        Ports.requireFree(KAFKA_CONTROLLER_PORT, "the Kafka controller");
        long begin = System.nanoTime();
        OUT.println("Starting PostgreSQL (localhost:" + POSTGRES_PORT + ") and Kafka (" + KAFKA_BOOTSTRAP + ") ...");
        infrastructureStarting = true;
        try {
            servers = EmbeddedServers.start(new EmbeddedServers.Settings(POSTGRES_PORT, layout.postgresData(),
                    layout.log("postgres"), KAFKA_PORT, KAFKA_CONTROLLER_PORT, layout.kafkaLogs()));
        } finally {
            infrastructureStarting = false;
        }
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Databases.ensure(servers.postgres().admin(), Infra.USERNAME, Infra.PASSWORD, spec.database());
        }
        OUT.printf(Locale.ROOT, "  Kafka and PostgreSQL ready in %.1f s (databases %s)%n", seconds(begin), databases());
    }

    private void ensureKeys() {
        if (Files.isRegularFile(layout.privateKey()) && Files.isRegularFile(layout.publicKey())) {
            return;
        }
        try {
            KeyPair pair = KeyPairs.generate();
            KeyPairs.writePrivateKey(pair.getPrivate(), layout.privateKey());
            KeyPairs.writePublicKey(pair.getPublic(), layout.publicKey());
            OUT.println("  Generated the API-key signing pair in " + relative(layout.privateKey().getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the API-key pair", e);
        }
    }

    private String issueDemoKey() {
        try {
            PrivateKey key = KeyPairs.readPrivateKey(layout.privateKey());
            String token = ApiKeyIssuer.issue(key, ApiKeyClaims.DEFAULT_ISSUER, DEMO_KEY_ID, DEMO_ORGANIZATION_ID,
                    DEMO_SCOPES, DEMO_KEY_TTL);
            Files.writeString(layout.demoApiKey(), token);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot issue the demo API key", e);
        }
    }

    private void startServices() {
        ServiceSpec.ALL.forEach(spec -> Ports.requireFree(spec.port(), spec.name()));
        long begin = System.nanoTime();
        OUT.println("Starting " + ServiceSpec.ALL.stream().map(ServiceSpec::name).collect(Collectors.joining(", "))
                + " (logs in " + relative(layout.logs()) + ") ...");
        synchronized (services) {
            if (stopping) {
                throw new IllegalStateException("Stopping");
            }
            for (ServiceSpec spec : ServiceSpec.ALL) {
                services.add(ServiceProcess.start(spec, layout.serviceJar(spec.name()), environment(spec),
                        layout.log(spec.name())));
            }
        }
        Orphans.remember(layout, services);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        for (ServiceProcess service : services) {
            boolean ready;
            try {
                ready = service.awaitReady(deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.spec().name());
            }
            if (!ready) {
                String why = service.process().isAlive()
                        ? "did not answer GET /q/health/ready with 200 within " + READY_TIMEOUT.toSeconds() + " s"
                        : "exited with code " + service.process().exitValue();
                throw new IllegalStateException(service.spec().name() + " " + why + ". Last lines of "
                        + relative(service.logFile()) + ":\n  " + String.join("\n  ", service.tail(40)));
            }
            OUT.printf(Locale.ROOT, "  %-16s ready at %s (%.1f s)%n", service.spec().name(), service.spec().url(),
                    seconds(begin));
            watch(service);
        }
    }

    Map<String, String> environment(ServiceSpec spec) {
        Map<String, String> env = new TreeMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        env.put("KAFKA_BOOTSTRAP_SERVERS", KAFKA_BOOTSTRAP);
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + POSTGRES_PORT + "/" + spec.database());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/" + spec.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", Infra.USERNAME);
        env.put("QUARKUS_DATASOURCE_PASSWORD", Infra.PASSWORD);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", layout.publicKey().toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", ApiKeyClaims.DEFAULT_ISSUER);
        env.putAll(spec.extraEnvironment(System.getenv()));
        return env;
    }

    /** A service dying later is worth a line on the console; the stack keeps running for the others. */
    private void watch(ServiceProcess service) {
        service.process().onExit().thenAccept(process -> {
            if (!stopping) {
                System.err.printf("! %s exited with code %d; see %s%n", service.spec().name(), process.exitValue(),
                        relative(service.logFile()));
            }
        });
    }

    /** Seeding is a convenience: when it fails the stack stays up and says why. */
    private void seed(String demoKey) {
        ServiceSpec campaigns = ServiceSpec.ALL.get(1);
        try {
            OUT.println("Seeding the demo organisation through " + campaigns.name() + " ...");
            for (String line : new DemoSeeder(campaigns.url(), demoKey).seed()) {
                OUT.println("  " + line);
            }
        } catch (IOException e) {
            System.err.println("! Seeding the demo organisation failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding");
        }
    }

    private void printReady(boolean infraOnly, String demoKey, long begin) {
        String rule = "=".repeat(100);
        OUT.println();
        OUT.println(rule);
        OUT.printf(Locale.ROOT, " vox-campaigns local stack is ready%s: started in %.1f s%s%n",
                infraOnly ? " (infrastructure only)" : "", seconds(begin), sinceInvocation());
        OUT.println();
        if (!infraOnly) {
            for (ServiceSpec spec : ServiceSpec.ALL) {
                OUT.printf(" %-16s API %s   Swagger UI %s/q/swagger-ui   Ready %s/q/health/ready%n", spec.name(),
                        spec.url(), spec.url(), spec.url());
            }
            OUT.println();
        }
        OUT.println(" Kafka            " + KAFKA_BOOTSTRAP);
        OUT.println(" PostgreSQL       localhost:" + POSTGRES_PORT + "   user " + Infra.USERNAME + " / password "
                + Infra.PASSWORD + "   databases " + databases());
        OUT.println("                  psql postgresql://" + Infra.USERNAME + ":" + Infra.PASSWORD + "@localhost:"
                + POSTGRES_PORT + "/" + ServiceSpec.ALL.get(0).database());
        OUT.println(" Public key       " + relative(layout.publicKey()) + "   logs " + relative(layout.logs()));
        OUT.println();
        if (infraOnly) {
            OUT.println(" Services in dev mode (e.g. ./mvnw -pl agent-service quarkus:dev) use these settings:");
            for (ServiceSpec spec : ServiceSpec.ALL) {
                OUT.println("   # " + spec.name());
                devSettings(spec).forEach(line -> OUT.println("   " + line));
            }
            OUT.println();
        }
        OUT.println(" Demo organisation  " + DEMO_ORGANIZATION_ID);
        OUT.println(" Demo API key       (key id " + DEMO_KEY_ID + ", scopes " + String.join(",", DEMO_SCOPES)
                + ", also in " + relative(layout.demoApiKey()) + ")");
        OUT.println(demoKey);
        OUT.println();
        OUT.println(" Try it (from " + layout.root() + (infraOnly ? ", once campaign-service runs" : "") + "):");
        OUT.println("   curl -H \"Authorization: Bearer $(cat .local-stack/demo-api-key)\" localhost:"
                + ServiceSpec.ALL.get(1).port() + "/v3/organization-telephone-numbers");
        OUT.println();
        OUT.println(" Ctrl-C stops everything.");
        OUT.println(rule);
    }

    static List<String> devSettings(ServiceSpec spec) {
        return List.of(
                "%dev.kafka.bootstrap.servers=" + KAFKA_BOOTSTRAP,
                "%dev.quarkus.datasource.reactive.url=postgresql://localhost:" + POSTGRES_PORT + "/" + spec.database(),
                "%dev.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:" + POSTGRES_PORT + "/" + spec.database(),
                "%dev.quarkus.datasource.username=" + Infra.USERNAME,
                "%dev.quarkus.datasource.password=" + Infra.PASSWORD,
                "%dev.mp.jwt.verify.publickey.location=../.local-stack/keys/api-key-public.pem",
                "%dev.mp.jwt.verify.issuer=" + ApiKeyClaims.DEFAULT_ISSUER);
    }

    /** Services first (they hold connections), then Kafka and PostgreSQL; runs once, from the shutdown hook. */
    void stop() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        awaitInfrastructureSettled();
        List<ServiceProcess> running;
        synchronized (services) {
            running = new ArrayList<>(services);
        }
        if (!running.isEmpty() || servers != null) {
            OUT.println();
            OUT.println("Stopping the local stack ...");
        }
        running.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ServiceProcess service : running) {
            try {
                service.awaitStopped(deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (servers != null) {
            try {
                servers.close();
            } catch (RuntimeException e) {
                System.err.println("! Stopping Kafka/PostgreSQL: " + e.getMessage());
            }
            OUT.println("Stopped.");
        }
        releaseLock();
    }

    /** Ctrl-C while Kafka and PostgreSQL start: wait for them, or PostgreSQL would outlive this JVM. */
    private void awaitInfrastructureSettled() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (infrastructureStarting && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // the JVM is exiting; the OS drops the lock anyway
        }
    }

    private String databases() {
        return ServiceSpec.ALL.stream().map(ServiceSpec::database).collect(Collectors.joining(", "));
    }

    private String relative(Path path) {
        return layout.root().relativize(path.toAbsolutePath()).toString();
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    /** The script passes its own start time, so the total includes the build check and Maven's start. */
    private static String sinceInvocation() {
        String invokedAt = System.getProperty("stack.invoked-at", "");
        if (!invokedAt.matches("[0-9]{13}")) {
            return "";
        }
        return String.format(Locale.ROOT, " (%.1f s since ./local-stack was run)",
                (System.currentTimeMillis() - Long.parseLong(invokedAt)) / 1e3);
    }
}
