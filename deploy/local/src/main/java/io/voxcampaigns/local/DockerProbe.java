package io.voxcampaigns.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.testcontainers.DockerClientFactory;

/** Tells whether a container engine answers, asking Testcontainers only when there is a hint of one. */
final class DockerProbe {

    private DockerProbe() {
    }

    static boolean dockerAvailable() {
        if (!hintPresent()) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /**
     * Without a socket or a configured host Testcontainers cannot succeed; asking it anyway costs up to half a
     * second, prints an ERROR block and writes files into the home directory.
     */
    static boolean hintPresent() {
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return true;
        }
        String home = System.getProperty("user.home");
        List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"), Path.of(home, ".docker/run/docker.sock")));
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        if (runtimeDir != null && !runtimeDir.isBlank()) {
            sockets.add(Path.of(runtimeDir, "docker.sock"));
            sockets.add(Path.of(runtimeDir, "podman/podman.sock"));
        }
        if (sockets.stream().anyMatch(Files::exists)) {
            return true;
        }
        return testcontainersPropertiesNameAHost(Path.of(home, ".testcontainers.properties"));
    }

    /** Testcontainers writes this file itself, so it only counts when it names a host. */
    private static boolean testcontainersPropertiesNameAHost(Path file) {
        if (!Files.isReadable(file)) {
            return false;
        }
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .anyMatch(line -> line.startsWith("docker.host=") || line.startsWith("tc.host="));
        } catch (IOException e) {
            return false;
        }
    }
}
