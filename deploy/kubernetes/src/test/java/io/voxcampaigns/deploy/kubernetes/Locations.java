package io.voxcampaigns.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the manifests, the repository and the project version are (set by Surefire, see pom.xml). */
final class Locations {

    private Locations() {
    }

    /** deploy/kubernetes. */
    static Path manifests() {
        return Path.of(System.getProperty("vox.manifests.root", ".")).toAbsolutePath().normalize();
    }

    /** The repository root (where the services' modules are). */
    static Path repository() {
        return Path.of(System.getProperty("vox.repository.root", "../..")).toAbsolutePath().normalize();
    }

    /** The Maven project version, which is also the image tag. */
    static String projectVersion() {
        String version = System.getProperty("vox.project.version");
        if (version == null) {
            throw new IllegalStateException("vox.project.version is not set: run the test through Maven");
        }
        return version;
    }

    /** The overlays to check: every directory under overlays/. */
    static List<String> overlays() {
        try (Stream<Path> children = Files.list(manifests().resolve("overlays"))) {
            return children.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service modules: every directory of the repository with a src/main/resources/application.properties. */
    static List<String> services() {
        try (Stream<Path> children = Files.list(repository())) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("src/main/resources/application.properties")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every YAML file under deploy/kubernetes, build output excluded. */
    static List<Path> yamlFiles() {
        Path root = manifests();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !root.relativize(file).startsWith("target"))
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
