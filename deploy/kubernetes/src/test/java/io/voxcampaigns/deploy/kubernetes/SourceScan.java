package io.voxcampaigns.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;

import io.voxcampaigns.events.EventCatalog;

/** What a module's Java sources reveal: the configuration keys they read and the events they build. */
final class SourceScan {

    private static final Pattern MAPPING = Pattern.compile(
            "@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"\\)[^{]*?interface\\s+(\\w+)");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
    private static final Pattern METHOD = Pattern.compile("([\\w.]+(?:<[^;()]*>)?)\\s+(\\w+)\\(\\);");
    private static final Pattern WRAPPED = Pattern.compile("(?:Optional|List|Set)<(\\w+)>");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:vox|quarkus|mp|kafka)\\.[a-z0-9.\\-]+)\"");
    private static final Pattern BUILDER = Pattern.compile("\\b([A-Z]\\w*)\\.newBuilder\\(");

    private SourceScan() {
    }

    /**
     * Keys named as string literals ({@code @ConfigProperty(name = "...")}, constants) and the keys of
     * {@code @ConfigMapping} interfaces (prefix, nested groups and each method in kebab case).
     */
    static Set<String> configKeys(Path sources) {
        Set<String> keys = new TreeSet<>();
        for (String source : read(sources)) {
            Matcher mapping = MAPPING.matcher(source);
            String prefix = null;
            if (mapping.find()) {
                prefix = mapping.group(1);
                Map<String, String> bodies = interfaceBodies(source);
                addMappingKeys(prefix, bodies.get(mapping.group(2)), bodies, keys);
            }
            Matcher literal = KEY_LITERAL.matcher(source);
            while (literal.find()) {
                if (!literal.group(1).equals(prefix)) {
                    keys.add(literal.group(1));
                }
            }
        }
        return keys;
    }

    /** Topics of the events the sources build ({@code SomeEvent.newBuilder()} of a class in EventCatalog). */
    static Set<String> producedTopics(Path sources) {
        Map<String, Class<? extends SpecificRecord>> events = EventCatalog.all().stream()
                .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
        Set<String> topics = new TreeSet<>();
        for (String source : read(sources)) {
            Matcher builder = BUILDER.matcher(source);
            while (builder.find()) {
                Class<? extends SpecificRecord> event = events.get(builder.group(1));
                if (event != null) {
                    topics.add(EventCatalog.topicOf(event));
                }
            }
        }
        return topics;
    }

    /** Each method of a mapping interface is a key; one returning a nested interface is a group of keys. */
    private static void addMappingKeys(String prefix, String body, Map<String, String> bodies, Set<String> keys) {
        Matcher method = METHOD.matcher(body);
        while (method.find()) {
            Matcher wrapped = WRAPPED.matcher(method.group(1));
            String type = wrapped.matches() ? wrapped.group(1) : method.group(1);
            String key = prefix + "." + kebab(method.group(2));
            if (bodies.containsKey(type)) {
                addMappingKeys(key, bodies.get(type), bodies, keys);
            } else {
                keys.add(key);
            }
        }
    }

    /** The body of each interface declared in a source file, without the bodies of interfaces nested in it. */
    private static Map<String, String> interfaceBodies(String source) {
        Map<String, String> bodies = new HashMap<>();
        Matcher declaration = INTERFACE.matcher(source);
        while (declaration.find()) {
            StringBuilder own = new StringBuilder();
            int depth = 1;
            for (int i = declaration.end(); i < source.length() && depth > 0; i++) {
                char c = source.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 1 && c != '}') {
                    own.append(c);
                }
            }
            bodies.put(declaration.group(1), own.toString());
        }
        return bodies;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<String> read(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(SourceScan::content).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String content(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
