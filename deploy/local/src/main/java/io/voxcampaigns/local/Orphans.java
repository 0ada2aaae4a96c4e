package io.voxcampaigns.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Services and PostgreSQL left running by a run that was killed hard (kill -9, a closed terminal). */
final class Orphans {

    private static final Duration GRACE = Duration.ofSeconds(10);

    private Orphans() {
    }

    static void remember(StackLayout layout, List<ServiceProcess> services) {
        String lines = services.stream().map(s -> s.pid() + " " + s.spec().name()).collect(Collectors.joining("\n"));
        try {
            Files.writeString(layout.servicePids(), lines + "\n");
        } catch (IOException e) {
            // only a convenience for the next run
        }
    }

    /** Only called while holding the stack lock, so no live stack owns what it finds. */
    static void stop(StackLayout layout) {
        try {
            if (Files.isRegularFile(layout.servicePids())) {
                for (String line : Files.readAllLines(layout.servicePids())) {
                    String[] parts = line.strip().split(" ", 2);
                    if (parts.length == 2 && parts[0].matches("[0-9]+")) {
                        stop(Long.parseLong(parts[0]), "quarkus-run.jar", parts[1]);
                    }
                }
                Files.delete(layout.servicePids());
            }
            Path postmasterPid = layout.postgresData().resolve("postmaster.pid");
            if (Files.isRegularFile(postmasterPid)) {
                String first = Files.readAllLines(postmasterPid).stream().findFirst().orElse("").strip();
                if (first.matches("[0-9]+")) {
                    stop(Long.parseLong(first), "postgres", "PostgreSQL");
                }
            }
        } catch (IOException e) {
            System.err.println("! Could not check for processes left by a previous run: " + e.getMessage());
        }
    }

    /** Stops the process only if it still runs the expected program: pids get reused. */
    private static void stop(long pid, String commandMarker, String name) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        boolean ours = handle.flatMap(h -> h.info().commandLine().or(() -> h.info().command()))
                .map(command -> command.contains(commandMarker))
                .orElse(false);
        if (!ours) {
            return;
        }
        System.out.println("Stopping " + name + " (pid " + pid + ") left running by a previous run ...");
        ProcessHandle process = handle.get();
        process.destroy();
        try {
            process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
