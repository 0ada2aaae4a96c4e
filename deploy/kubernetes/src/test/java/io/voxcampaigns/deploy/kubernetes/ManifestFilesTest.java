package io.voxcampaigns.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every YAML file is a typed resource without unknown fields, belongs to a kustomization, and holds no secret. */
class ManifestFilesTest {

    private static final Set<String> STRING_MAPS = Set.of("labels", "annotations", "matchLabels");

    static Stream<Path> yamlFiles() {
        return Locations.yamlFiles().stream();
    }

    @Test
    void findsTheBaseAndBothOverlays() {
        Path root = Locations.manifests();
        assertThat(Locations.yamlFiles()).contains(root.resolve("base/kustomization.yaml"),
                root.resolve("overlays/dev/kustomization.yaml"), root.resolve("overlays/prod/kustomization.yaml"));
        assertThat(Locations.overlays()).containsExactly("dev", "prod");
    }

    @ParameterizedTest
    @MethodSource("yamlFiles")
    void everyDocumentParsesIntoItsTypedModelWithoutUnknownFields(Path file) {
        List<ObjectNode> documents = YamlDocuments.read(file);
        assertThat(documents).as(file + " holds no document").isNotEmpty();
        for (ObjectNode document : documents) {
            String what = file + " " + document.path("kind").asText() + " " + document.path("metadata").path("name");
            Object model = TypedModels.parse(document);
            assertThat(UnknownFields.in(model)).as(what + ": fields the model does not know").isEmpty();
            assertThat(nonTextLabels(document)).as(what + ": label and annotation values must be strings").isEmpty();
        }
    }

    @Test
    void noSecretIsCommitted() {
        for (Path file : Locations.yamlFiles()) {
            for (ObjectNode document : YamlDocuments.read(file)) {
                assertThat(document.path("kind").asText()).as(file + ": credentials come from the operators")
                        .isNotEqualTo("Secret");
            }
        }
    }

    @Test
    void configMapGeneratorsHoldNoCredential() {
        for (Path directory : kustomizationDirectories()) {
            for (Kustomization.ConfigMapGenerator generator : Kustomize.read(directory).configMapGenerator()) {
                for (String literal : generator.literals()) {
                    String name = literal.substring(0, Math.max(0, literal.indexOf('='))).toUpperCase(Locale.ROOT);
                    assertThat(ProducedSecrets.CREDENTIAL.matcher(name).find())
                            .as(directory + " ConfigMap " + generator.name() + " holds credential " + name).isFalse();
                }
            }
        }
    }

    @Test
    void everyYamlFileBelongsToAKustomizationAndEveryReferenceExists() {
        Set<Path> referenced = new HashSet<>();
        for (Path directory : kustomizationDirectories()) {
            referenced.add(directory.resolve(Kustomization.FILE_NAME));
            Kustomization kustomization = Kustomize.read(directory);
            for (String resource : kustomization.resources()) {
                Path path = directory.resolve(resource).normalize();
                assertThat(path).as(directory + " lists " + resource).exists();
                if (Files.isDirectory(path)) {
                    assertThat(path.resolve(Kustomization.FILE_NAME)).as(directory + " lists " + resource).exists();
                } else {
                    assertThat(referenced.add(path)).as(path + " is listed twice").isTrue();
                }
            }
            for (Kustomization.Patch patch : kustomization.patches()) {
                Path path = directory.resolve(patch.path()).normalize();
                assertThat(path).as(directory + " patches with " + patch.path()).exists();
                assertThat(referenced.add(path)).as(path + " is listed twice").isTrue();
            }
        }
        assertThat(Set.copyOf(Locations.yamlFiles())).as("YAML files no kustomization lists (orphans)")
                .containsExactlyInAnyOrderElementsOf(referenced);
    }

    @Test
    void overlaysBuildOnTheBase() {
        for (String overlay : Locations.overlays()) {
            Path directory = Locations.manifests().resolve("overlays").resolve(overlay);
            assertThat(Kustomize.read(directory).resources()).as(overlay).contains("../../base");
        }
    }

    @Test
    void readmeTellsHowToCreateTheHandMadeSecrets() throws IOException {
        String readme = Files.readString(Locations.manifests().resolve("README.md"));
        ProducedSecrets.MANUAL.forEach((secret, keys) -> {
            assertThat(readme).contains("kubectl create secret generic " + secret);
            keys.forEach(key -> assertThat(readme).contains("--from-file=" + key + "="));
        });
        assertThat(readme).contains("Strimzi", "CloudNativePG", "kubectl apply -k overlays/dev",
                "kubectl apply -k overlays/prod");
    }

    /** Label, annotation and selector values anywhere in a document that are not strings (Kubernetes rejects them). */
    private static List<String> nonTextLabels(JsonNode node) {
        List<String> found = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            if (STRING_MAPS.contains(field.getKey()) && field.getValue().isObject()) {
                field.getValue().fields().forEachRemaining(entry -> {
                    if (!entry.getValue().isTextual()) {
                        found.add(field.getKey() + "." + entry.getKey() + "=" + entry.getValue());
                    }
                });
            } else if (field.getValue().isContainerNode()) {
                found.addAll(nonTextLabels(field.getValue()));
            }
        });
        if (node.isArray()) {
            node.forEach(item -> found.addAll(nonTextLabels(item)));
        }
        return found;
    }

    private static List<Path> kustomizationDirectories() {
        return Locations.yamlFiles().stream()
                .filter(file -> file.getFileName().toString().equals(Kustomization.FILE_NAME))
                .map(Path::getParent).toList();
    }
}
