package io.voxcampaigns.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.voxcampaigns.local.KafkaBrokerMain;

/**
 * The broker as a child JVM ({@link KafkaBrokerMain}) on ports and a log directory fixed for the whole run, so
 * stopping and starting it again gives the clients the same broker with the same data.
 */
final class KafkaBroker {

    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private final Path logFile;
    private Process process;

    KafkaBroker(int port, int controllerPort, Path logDirectory, Path logFile) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
        this.logFile = logFile;
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker and waits until it says it is ready. */
    void start() {
        try {
            Files.createDirectories(logFile.getParent());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), KafkaBrokerMain.class.getName(), Integer.toString(port),
                    Integer.toString(controllerPort), logDirectory.toString()))
                    .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            process = builder.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(KafkaBrokerMain.READY)) {
                    drain(out);
                    return;
                }
            }
            throw new IllegalStateException("Kafka exited with " + process.waitFor() + " before it was ready; see " + logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Kafka", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Kafka started", e);
        }
    }

    /** SIGTERM: the broker shuts down in a controlled way (its shutdown hook closes it). */
    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private static void drain(BufferedReader out) {
        Thread thread = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // the broker logs through stderr; stdout only carries the ready line
                }
            } catch (IOException e) {
                // the broker stopped
            }
        }, "kafka-stdout");
        thread.setDaemon(true);
        thread.start();
    }
}
