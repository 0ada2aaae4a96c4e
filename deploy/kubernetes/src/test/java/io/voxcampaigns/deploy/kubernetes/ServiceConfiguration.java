package io.voxcampaigns.deploy.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's configuration says, as the prod profile sees it: its own application.properties over the shared
 * defaults in platform's microprofile-config.properties.
 */
final class ServiceConfiguration {

    static final String PLATFORM_DEFAULTS = "platform/src/main/resources/META-INF/microprofile-config.properties";
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    private static final Pattern OUTGOING = Pattern.compile("mp\\.messaging\\.outgoing\\.([^.]+)\\.connector");
    private static final Pattern PROFILE = Pattern.compile("%[^.]+\\.");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)}");

    private final String module;
    private final Properties service;
    private final Properties platform;

    ServiceConfiguration(String module, Properties service, Properties platform) {
        this.module = module;
        this.service = service;
        this.platform = platform;
    }

    static ServiceConfiguration of(String module) {
        Path repository = Locations.repository();
        return new ServiceConfiguration(module,
                load(repository.resolve(module).resolve("src/main/resources/application.properties")),
                load(repository.resolve(PLATFORM_DEFAULTS)));
    }

    String module() {
        return module;
    }

    /** The value the prod profile sees. */
    Optional<String> value(String key) {
        for (Properties source : List.of(service, platform)) {
            for (String candidate : List.of("%prod." + key, key)) {
                String value = source.getProperty(candidate);
                if (value != null) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** The value with {@code ${key}} expressions expanded; quarkus.application.version is the project version. */
    Optional<String> resolved(String key) {
        return value(key).map(this::expand);
    }

    private String expand(String value) {
        Matcher expression = EXPRESSION.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (expression.find()) {
            String key = expression.group(1);
            String replacement = "quarkus.application.version".equals(key) ? Locations.projectVersion()
                    : resolved(key).orElseThrow(() -> new AssertionError(module + ": ${" + key + "} is not set"));
            expression.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        return expression.appendTail(expanded).toString();
    }

    String applicationName() {
        return value("quarkus.application.name").orElse(module);
    }

    int httpPort() {
        return Integer.parseInt(value("quarkus.http.port").orElse("8080"));
    }

    /** Kafka consumers: channel, topic, group and dead-letter topic. */
    List<Incoming> incoming() {
        List<Incoming> channels = new ArrayList<>();
        for (String channel : channels(INCOMING)) {
            String prefix = "mp.messaging.incoming." + channel + ".";
            String deadLetter = "dead-letter-queue".equals(channelValue(prefix, "failure-strategy").orElse(null))
                    ? value(prefix + "dead-letter-queue.topic").orElse("dead-letter-topic-" + channel)
                    : null;
            channels.add(new Incoming(channel, value(prefix + "topic").orElse(channel),
                    value(prefix + "group.id").orElse(null), deadLetter));
        }
        return channels;
    }

    /** A channel's attribute, else the connector-level default (mp.messaging.connector.smallrye-kafka.*). */
    private Optional<String> channelValue(String channelPrefix, String attribute) {
        return value(channelPrefix + attribute).or(() -> value("mp.messaging.connector.smallrye-kafka." + attribute));
    }

    /** Kafka producer channels and their configured topic. */
    List<Outgoing> outgoing() {
        return channels(OUTGOING).stream().map(channel -> new Outgoing(channel,
                value("mp.messaging.outgoing." + channel + ".topic").orElse(channel))).toList();
    }

    /**
     * Keys that only the dev profile sets (the local stack's Kafka, database, key file): production must set them
     * through the environment.
     */
    Set<String> requiredInProduction() {
        Set<String> keys = new TreeSet<>();
        for (String name : service.stringPropertyNames()) {
            if (name.startsWith("%dev.")) {
                String key = name.substring("%dev.".length());
                if (value(key).isEmpty()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** Keys whose production default points at this machine: production must override them. */
    Set<String> localDefaults() {
        Set<String> keys = new TreeSet<>();
        for (Properties source : List.of(service, platform)) {
            for (String name : source.stringPropertyNames()) {
                if (!name.startsWith("%")) {
                    String value = value(name).orElse("");
                    if (value.contains("localhost") || value.contains("127.0.0.1")) {
                        keys.add(name);
                    }
                }
            }
        }
        return keys;
    }

    /** Every configuration key the service or the platform names, in properties files or in code. */
    Set<String> knownKeys() {
        Set<String> keys = new TreeSet<>();
        for (Properties source : List.of(service, platform)) {
            source.stringPropertyNames().forEach(name -> keys.add(PROFILE.matcher(name).replaceFirst("")));
        }
        Path repository = Locations.repository();
        keys.addAll(SourceScan.configKeys(repository.resolve(module).resolve("src/main/java")));
        keys.addAll(SourceScan.configKeys(repository.resolve("platform/src/main/java")));
        return keys;
    }

    /** The environment variable SmallRye Config reads a key from. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private Set<String> channels(Pattern connector) {
        Set<String> channels = new TreeSet<>();
        for (Properties source : List.of(service, platform)) {
            for (String name : source.stringPropertyNames()) {
                Matcher matcher = connector.matcher(name);
                if (matcher.matches()) {
                    channels.add(matcher.group(1));
                }
            }
        }
        return channels;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    record Incoming(String channel, String topic, String group, String deadLetterTopic) {
    }

    record Outgoing(String channel, String topic) {
    }
}
