package io.voxcampaigns.e2e;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.voxcampaigns.local.ServiceProcess;
import io.voxcampaigns.local.ServiceSpec;

/**
 * The stack's service processes, child JVMs from their module's jar on their fixed ports: launched, awaited ready,
 * killed, stopped. Every dispatcher process runs call-dispatcher on its one database.
 */
final class ServiceProcesses {

    /** Every dispatcher process the stack may run, first one first. */
    static final List<String> DISPATCHERS = List.of(Stack.DISPATCHER, Stack.DISPATCHER_2);
    private static final Map<String, String> DATABASES = Map.of(Stack.AGENTS, "agents", Stack.CAMPAIGNS, "campaigns",
            Stack.DISPATCHER, "dispatcher");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final StackDirectory directory;
    private final ServicePorts ports;
    private final Function<String, Map<String, String>> environment;
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();

    /** {@code environment} gives a service's environment at its (re)start. */
    ServiceProcesses(StackDirectory directory, ServicePorts ports, Function<String, Map<String, String>> environment) {
        this.directory = directory;
        this.ports = ports;
        this.environment = environment;
    }

    static boolean isDispatcher(String service) {
        return DISPATCHERS.contains(service);
    }

    /** The module a service process runs: every dispatcher process is call-dispatcher. */
    static String module(String service) {
        return isDispatcher(service) ? Stack.DISPATCHER : service;
    }

    static String database(String service) {
        return DATABASES.get(module(service));
    }

    /** Every database the services use. */
    static List<String> databases() {
        return List.copyOf(DATABASES.values());
    }

    void requireJar(String service) {
        if (!Files.isRegularFile(directory.jar(module(service)))) {
            throw new IllegalStateException(directory.jar(module(service)) + " is missing; build the services first: "
                    + "./mvnw -B -q -pl agent-service,campaign-service,call-dispatcher -am package -DskipTests");
        }
    }

    void launch(String service) {
        ServiceSpec spec = new ServiceSpec(service, ports.of(service), database(service), Map.of());
        running.put(service, ServiceProcess.start(spec, directory.jar(module(service)), environment.apply(service),
                directory.log(service)));
    }

    void awaitReady(String service) {
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

    /** kill -9 of one service process. */
    void kill(String service) throws InterruptedException {
        running.remove(service).kill();
    }

    /** The services running now, in their start order. */
    List<String> running() {
        return List.copyOf(running.keySet());
    }

    /** SIGTERM to the processes (in parallel), then waits for them (20 s, then kill -9). */
    void stop(List<String> services) {
        List<ServiceProcess> stopping = new ArrayList<>();
        for (String service : services) {
            ServiceProcess process = running.remove(service);
            if (process != null) {
                stopping.add(process);
            }
        }
        ServiceProcess.stopAll(stopping, STOP_GRACE);
    }
}
