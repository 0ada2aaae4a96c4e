package io.voxcampaigns.local;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import io.voxcampaigns.platform.auth.ApiKeyClaims;

/** The services as child JVMs on their fixed ports: started, awaited ready, watched, and stopped on Ctrl-C. */
final class StackServices {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final PrintStream OUT = LocalStack.OUT;

    private final StackLayout layout;
    private final BooleanSupplier stopping;
    private final List<ServiceProcess> services = new ArrayList<>();

    /** {@code stopping} tells that the stack is being stopped: no start, and an exit is no news then. */
    StackServices(StackLayout layout, BooleanSupplier stopping) {
        this.layout = layout;
        this.stopping = stopping;
    }

    /** Fails early, before any time goes to the infrastructure, when a service was not built. */
    void requireJars() {
        ServiceSpec.ALL.forEach(this::requireJar);
    }

    private void requireJar(ServiceSpec spec) {
        if (!Files.isRegularFile(layout.serviceJar(spec.name()))) {
            throw new IllegalStateException(layout.serviceJar(spec.name()) + " is missing. Build it with:\n"
                    + "  ./mvnw -B -q -DskipTests install            (everything)\n"
                    + "  ./mvnw -B -q -DskipTests -pl " + spec.name() + " -am install   (just " + spec.name() + ")");
        }
    }

    /** Starts every service and waits until each answers ready, or says why one did not. */
    void start() {
        ServiceSpec.ALL.forEach(spec -> Ports.requireFree(spec.port(), spec.name()));
        long begin = System.nanoTime();
        OUT.println("Starting " + ServiceSpec.ALL.stream().map(ServiceSpec::name).collect(Collectors.joining(", "))
                + " (logs in " + layout.relative(layout.logs()) + ") ...");
        synchronized (services) {
            if (stopping.getAsBoolean()) {
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
            awaitReady(service, deadline);
            OUT.printf(Locale.ROOT, "  %-16s ready at %s (%.1f s)%n", service.spec().name(), service.spec().url(),
                    LocalStack.seconds(begin));
            watch(service);
        }
    }

    private void awaitReady(ServiceProcess service, long deadline) {
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
                    + layout.relative(service.logFile()) + ":\n  " + String.join("\n  ", service.tail(40)));
        }
    }

    Map<String, String> environment(ServiceSpec spec) {
        Map<String, String> env = new TreeMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        env.put("KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA_BOOTSTRAP);
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + LocalStack.POSTGRES_PORT + "/" + spec.database());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + LocalStack.POSTGRES_PORT + "/" + spec.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", Infra.USERNAME);
        env.put("QUARKUS_DATASOURCE_PASSWORD", Infra.PASSWORD);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", layout.publicKey().toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", ApiKeyClaims.DEFAULT_ISSUER);
        if (spec.name().equals("campaign-service")) {
            // it issues the organisation's API keys (POST /v3/api-keys), signed with the stack's private key
            env.put("VOX_AUTH_SIGNING_KEY_LOCATION", layout.privateKey().toAbsolutePath().toString());
        }
        env.putAll(spec.extraEnvironment(System.getenv()));
        return env;
    }

    /** A service dying later is worth a line on the console; the stack keeps running for the others. */
    private void watch(ServiceProcess service) {
        service.process().onExit().thenAccept(process -> {
            if (!stopping.getAsBoolean()) {
                System.err.printf("! %s exited with code %d; see %s%n", service.spec().name(), process.exitValue(),
                        layout.relative(service.logFile()));
            }
        });
    }

    /** The services started so far. */
    List<ServiceProcess> started() {
        synchronized (services) {
            return new ArrayList<>(services);
        }
    }
}
