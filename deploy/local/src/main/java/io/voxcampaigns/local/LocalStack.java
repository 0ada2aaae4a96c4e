package io.voxcampaigns.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/** The one-command local stack: Kafka, PostgreSQL and (unless {@code --infra-only}) the services and demo data. */
public final class LocalStack {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;
    static final String KAFKA_BOOTSTRAP = "localhost:" + KAFKA_PORT;
    /** The console, as it was when the stack started. */
    static final PrintStream OUT = System.out;

    private final StackLayout layout;
    private final StackServices services;
    private StackLock lock;
    private volatile EmbeddedServers servers;
    private volatile boolean stopping;
    private volatile boolean infrastructureStarting;

    LocalStack(StackLayout layout) {
        this.layout = layout;
        this.services = new StackServices(layout, () -> stopping);
    }

    public static void main(String[] args) throws InterruptedException {
        long begin = System.nanoTime();
        boolean infraOnly;
        try {
            infraOnly = StackArguments.infraOnly(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(StackArguments.USAGE);
            System.exit(2);
            return;
        }
        Path root = Path.of(System.getProperty("stack.root", ".")).toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(new StackLayout(root));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            String demoKey = stack.start(infraOnly);
            ReadyBanner.print(stack.layout, infraOnly, demoKey, begin);
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

    /** Starts everything; returns the demo API key. */
    String start(boolean infraOnly) {
        createStateDirectory();
        lock = StackLock.take(layout);
        if (!infraOnly) {
            // fail before spending time on the infrastructure
            services.requireJars();
        }
        Orphans.stop(layout);
        StackLogging.toFile(layout.log("infra"));
        startInfrastructure();
        DemoAccess.ensureSigningPair(layout);
        String demoKey = DemoAccess.issueDemoKey(layout);
        if (!infraOnly) {
            services.start();
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

    /** Services first (they hold connections), then Kafka and PostgreSQL; runs once, from the shutdown hook. */
    void stop() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        awaitInfrastructureSettled();
        List<ServiceProcess> running = services.started();
        if (!running.isEmpty() || servers != null) {
            OUT.println();
            OUT.println("Stopping the local stack ...");
        }
        ServiceProcess.stopAll(running, StackServices.STOP_GRACE);
        if (servers != null) {
            try {
                servers.close();
            } catch (RuntimeException e) {
                System.err.println("! Stopping Kafka/PostgreSQL: " + e.getMessage());
            }
            OUT.println("Stopped.");
        }
        if (lock != null) {
            lock.release();
        }
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

    /** The services' databases, as listed on the console. */
    static String databases() {
        return ServiceSpec.ALL.stream().map(ServiceSpec::database).collect(Collectors.joining(", "));
    }

    static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
