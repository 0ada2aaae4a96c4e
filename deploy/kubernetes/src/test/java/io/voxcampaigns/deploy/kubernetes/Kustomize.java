package io.voxcampaigns.deploy.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization the way {@code kustomize build} does, for the features {@link Kustomization} models:
 * resources (files and directories), literal ConfigMap generators, patches, namespace, images and replicas. Generated
 * ConfigMaps keep their plain name (kustomize adds a content hash and rewrites the references to it).
 *
 * <p>Patches are applied as JSON merge patches, which is what a strategic-merge patch does for maps; a patch that
 * holds a list fails, because for lists the two differ.
 */
final class Kustomize {

    private Kustomize() {
    }

    static Rendered render(Path directory) {
        return new Rendered(build(directory));
    }

    /** The kustomization of a directory. */
    static Kustomization read(Path directory) {
        return TypedModels.parse(YamlDocuments.single(directory.resolve(Kustomization.FILE_NAME)), Kustomization.class);
    }

    private static List<ObjectNode> build(Path directory) {
        Kustomization kustomization = read(directory);
        List<ObjectNode> resources = new ArrayList<>();
        for (String entry : kustomization.resources()) {
            Path path = directory.resolve(entry).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(build(path));
            } else {
                resources.addAll(YamlDocuments.read(path));
            }
        }
        kustomization.configMapGenerator().forEach(generator -> resources.add(configMap(generator)));
        for (Kustomization.Patch patch : kustomization.patches()) {
            apply(patch, YamlDocuments.single(directory.resolve(patch.path())), resources, directory);
        }
        if (kustomization.namespace() != null) {
            resources.stream().filter(resource -> !"Namespace".equals(resource.path("kind").asText()))
                    .forEach(resource -> metadata(resource).put("namespace", kustomization.namespace()));
        }
        kustomization.images().forEach(image -> setImage(image, resources));
        kustomization.replicas().forEach(replicas -> setReplicas(replicas, resources, directory));
        return resources;
    }

    private static ObjectNode configMap(Kustomization.ConfigMapGenerator generator) {
        if (generator.behavior() != null && !"create".equals(generator.behavior())) {
            throw new IllegalArgumentException("configMapGenerator behavior " + generator.behavior() + " is not modelled");
        }
        ObjectNode configMap = JsonNodeFactory.instance.objectNode();
        configMap.put("apiVersion", "v1").put("kind", "ConfigMap");
        configMap.putObject("metadata").put("name", generator.name());
        ObjectNode data = configMap.putObject("data");
        for (String literal : generator.literals()) {
            int equals = literal.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(generator.name() + ": literal without key=value: " + literal);
            }
            data.put(literal.substring(0, equals), literal.substring(equals + 1));
        }
        return configMap;
    }

    private static void apply(Kustomization.Patch patch, ObjectNode body, List<ObjectNode> resources, Path directory) {
        if (containsList(body)) {
            throw new IllegalArgumentException(directory.resolve(patch.path()) + " patches a list: not modelled");
        }
        List<ObjectNode> targets = resources.stream().filter(resource -> selects(patch, body, resource)).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(directory.resolve(patch.path()) + " matches no resource");
        }
        for (ObjectNode target : targets) {
            ObjectNode patchBody = body.deepCopy();
            // kustomize keeps the target's identity; the patch's name only selects when there is no target
            patchBody.remove("metadata");
            merge(target, patchBody);
        }
    }

    private static boolean selects(Kustomization.Patch patch, ObjectNode body, ObjectNode resource) {
        Kustomization.Target target = patch.target();
        if (target == null) {
            return body.path("kind").equals(resource.path("kind"))
                    && body.path("apiVersion").equals(resource.path("apiVersion"))
                    && name(body).equals(name(resource));
        }
        String apiVersion = resource.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return (target.group() == null || target.group().equals(group))
                && (target.kind() == null || target.kind().equals(resource.path("kind").asText()))
                && (target.name() == null || target.name().equals(name(resource)));
    }

    /** RFC 7386 JSON merge patch. */
    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.path(field.getKey()).isObject()) {
                merge((ObjectNode) target.get(field.getKey()), value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean containsList(JsonNode node) {
        if (node.isArray()) {
            return true;
        }
        for (JsonNode child : node) {
            if (containsList(child)) {
                return true;
            }
        }
        return false;
    }

    private static void setImage(Kustomization.Image image, List<ObjectNode> resources) {
        boolean matched = false;
        for (ObjectNode resource : resources) {
            for (JsonNode container : resource.path("spec").path("template").path("spec").path("containers")) {
                String current = container.path("image").asText();
                String name = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                if (name.equals(image.name())) {
                    String newName = image.newName() != null ? image.newName() : name;
                    ((ObjectNode) container).put("image", image.newTag() != null ? newName + ":" + image.newTag() : newName);
                    matched = true;
                }
            }
        }
        if (!matched) {
            throw new IllegalArgumentException("images: no container uses " + image.name());
        }
    }

    private static void setReplicas(Kustomization.Replicas replicas, List<ObjectNode> resources, Path directory) {
        List<ObjectNode> targets = resources.stream()
                .filter(resource -> "Deployment".equals(resource.path("kind").asText()))
                .filter(resource -> replicas.name().equals(name(resource))).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(directory + ": replicas for unknown Deployment " + replicas.name());
        }
        targets.forEach(target -> ((ObjectNode) target.get("spec")).put("replicas", replicas.count()));
    }

    private static ObjectNode metadata(ObjectNode resource) {
        return resource.has("metadata") ? (ObjectNode) resource.get("metadata") : resource.putObject("metadata");
    }

    private static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }
}
