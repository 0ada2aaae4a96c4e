package io.voxcampaigns.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service of the local stack running as a child JVM, its output in its own log file. */
public final class ServiceProcess {

    static final String DEFAULT_JAVA_OPTIONS = "-Xmx384m -XX:TieredStopAtLevel=1";

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(ServiceSpec spec, Path logFile, Process process) {
        this.spec = spec;
        this.logFile = logFile;
        this.process = process;
    }

    public static ServiceProcess start(ServiceSpec spec, Path jar, Map<String, String> environment, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            if (Files.exists(logFile)) {
                // the previous run's log often explains why a service misbehaved; keep one generation
                Files.move(logFile, logFile.resolveSibling(spec.name() + ".previous.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(javaOptions());
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.getParent().getParent().getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().putAll(environment);
            return new ServiceProcess(spec, logFile, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + spec.name(), e);
        }
    }

    public ServiceSpec spec() {
        return spec;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public Process process() {
        return process;
    }

    /** Polls the readiness endpoint until it answers 200; false on timeout or when the process died. */
    public boolean awaitReady(long deadlineNanos) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(spec.url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        while (System.nanoTime() < deadlineNanos) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return false;
    }

    public List<String> tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return List.of("(cannot read " + logFile + ": " + e.getMessage() + ")");
        }
    }

    /** Asks the process to stop (SIGTERM); {@link #awaitStopped} does the waiting so services stop in parallel. */
    public void requestStop() {
        process.destroy();
    }

    /** Waits until the deadline, then kills the process. */
    public void awaitStopped(long deadlineNanos) throws InterruptedException {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining > 0 && process.waitFor(remaining, TimeUnit.NANOSECONDS)) {
            return;
        }
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    /** SIGTERM to every process at once, then waits for them all until {@code grace} has passed, killing the rest. */
    public static void stopAll(List<ServiceProcess> processes, Duration grace) {
        processes.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ServiceProcess process : processes) {
            try {
                process.awaitStopped(deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** kill -9: the process gets no chance to finish anything (the fault runs' crash). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /**
     * JVM options of a service: LOCAL_STACK_JAVA_OPTS, else a small heap and C1 only, which starts sooner on a small
     * machine (set LOCAL_STACK_JAVA_OPTS="-Xmx1g" for benchmarks, where peak throughput matters).
     */
    static List<String> javaOptions() {
        String configured = System.getenv("LOCAL_STACK_JAVA_OPTS");
        String options = configured == null || configured.isBlank() ? DEFAULT_JAVA_OPTIONS : configured;
        return List.of(options.trim().split("\\s+"));
    }
}
