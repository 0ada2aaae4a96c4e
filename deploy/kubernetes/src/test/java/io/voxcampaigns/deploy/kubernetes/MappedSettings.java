package io.voxcampaigns.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * The settings of a module's {@code @ConfigMapping} interfaces (its own and platform's), read by reflection from the
 * compiled classes in target/classes: each leaf key with its {@code @WithDefault}, if any.
 */
final class MappedSettings {

    private MappedSettings() {
    }

    /** Key → default ({@code null} when the mapping has none), sorted by key. */
    static Map<String, String> of(String module) {
        Path repository = Locations.repository();
        List<Path> modules = List.of(repository.resolve(module), repository.resolve("platform"));
        Map<String, String> settings = new TreeMap<>();
        try (URLClassLoader loader = new URLClassLoader(classDirectories(modules),
                MappedSettings.class.getClassLoader())) {
            for (Path moduleDir : modules) {
                for (String name : mappingClassNames(moduleDir.resolve("src/main/java"))) {
                    Class<?> mapping = Class.forName(name, false, loader);
                    ConfigMapping annotation = mapping.getAnnotation(ConfigMapping.class);
                    if (annotation != null) {
                        addLeaves(annotation.prefix(), mapping, settings);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("compile " + module + " and platform first (the reactor does): " + e, e);
        }
        return settings;
    }

    private static void addLeaves(String prefix, Class<?> group, Map<String, String> settings) {
        for (Method method : group.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            WithName withName = method.getAnnotation(WithName.class);
            String key = prefix + "." + (withName != null ? withName.value() : kebab(method.getName()));
            Class<?> type = valueType(method.getGenericReturnType());
            if (type.isInterface() && !type.getName().startsWith("java.") && !Collection.class.isAssignableFrom(type)
                    && !Map.class.isAssignableFrom(type)) {
                addLeaves(key, type, settings);
            } else {
                WithDefault withDefault = method.getAnnotation(WithDefault.class);
                settings.put(key, withDefault != null ? withDefault.value() : null);
            }
        }
    }

    /** The type a method maps, unwrapping Optional. */
    private static Class<?> valueType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == Optional.class) {
                return valueType(parameterized.getActualTypeArguments()[0]);
            }
            return raw;
        }
        return type instanceof Class<?> plain ? plain : Object.class;
    }

    /** SmallRye Config's default naming: callDeadlineMargin → call-deadline-margin. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static URL[] classDirectories(List<Path> modules) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (Path module : modules) {
            urls.add(module.resolve("target/classes").toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    /** Classes whose source declares a {@code @ConfigMapping}. */
    private static List<String> mappingClassNames(Path sources) throws IOException {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> names = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("@ConfigMapping(")) {
                    String relative = sources.relativize(file).toString();
                    names.add(relative.substring(0, relative.length() - ".java".length()).replace('/', '.'));
                }
            }
            return names;
        }
    }
}
