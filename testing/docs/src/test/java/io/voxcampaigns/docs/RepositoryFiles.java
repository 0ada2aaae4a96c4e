package io.voxcampaigns.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's files as the reference checks see them: no build output, no hidden folders. */
final class RepositoryFiles {

    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");
    private static final Pattern JAVA_TYPE = Pattern.compile(
            "\\b(?:class|interface|enum|record|@interface)\\s+([A-Z]\\w*)");
    private static final Pattern AVRO_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([A-Z]\\w*)\"");

    private final Path root;
    private final List<Path> files;

    RepositoryFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.files = list(this.root);
    }

    /** The repository holding the working directory: the nearest folder upwards with the Maven Wrapper. */
    static RepositoryFiles containingWorkingDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
        }
        return new RepositoryFiles(dir);
    }

    Path root() {
        return root;
    }

    List<Path> withSuffix(String suffix) {
        return files.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    boolean exists(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        return normal.startsWith(root) && Files.exists(normal);
    }

    /** Type names declared in Java sources (nested ones too) and the named types of the Avro schemas. */
    Set<String> typeNames() {
        Set<String> names = new HashSet<>();
        for (Path java : withSuffix(".java")) {
            collect(JAVA_TYPE, read(java), names);
        }
        for (Path avsc : withSuffix(".avsc")) {
            if (relative(avsc).startsWith("schemas/")) {
                collect(AVRO_NAME, read(avsc), names);
            }
        }
        return names;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static List<Path> list(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> included(root.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean included(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String folder = relative.getName(i).toString();
            if (folder.startsWith(".") || SKIPPED_FOLDERS.contains(folder)) {
                return false;
            }
        }
        return true;
    }
}
