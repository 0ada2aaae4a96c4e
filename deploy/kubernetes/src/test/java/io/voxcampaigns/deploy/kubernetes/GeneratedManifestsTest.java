package io.voxcampaigns.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Deployment and Service of each service are what quarkus-kubernetes generates from its application.properties
 * ({@code # Kubernetes and image}); base/&lt;service&gt;/kubernetes.yml is the committed copy kustomize uses. This
 * test fails when the copy differs from the build's target/kubernetes/kubernetes.yml (the reactor packages the
 * services before this module).
 */
class GeneratedManifestsTest {

    private static final Set<String> BUILD_METADATA = Set.of("app.quarkus.io/commit-id",
            "app.quarkus.io/vcs-uri");

    @ParameterizedTest
    @MethodSource("io.voxcampaigns.deploy.kubernetes.Locations#services")
    void committedCopyIsWhatTheBuildGenerates(String module) {
        Path generated = Locations.repository().resolve(module).resolve("target/kubernetes/kubernetes.yml");
        Path committed = Locations.manifests().resolve("base").resolve(module).resolve("kubernetes.yml");
        String refresh = "refresh it: ./mvnw -B -q -pl " + module + " -am package -DskipTests && cp " + module
                + "/target/kubernetes/kubernetes.yml deploy/kubernetes/base/" + module + "/kubernetes.yml";
        assertThat(generated).as(module + " has not been packaged (run the whole reactor, or: ./mvnw -B -q -pl "
                + module + " -am package -DskipTests)").isRegularFile();
        assertThat(committed).as(committed + " is missing; " + refresh).isRegularFile();

        List<JsonNode> expected = YamlDocuments.read(generated).stream().map(GeneratedManifestsTest::canonical).toList();
        List<JsonNode> actual = YamlDocuments.read(committed).stream().map(GeneratedManifestsTest::canonical).toList();
        assertThat(actual).as(Locations.repository().relativize(committed) + " differs from what " + module
                + "'s build generates from its application.properties; " + refresh).isEqualTo(expected);
    }

    /**
     * The document with every list sorted: the extension writes env, envFrom and labels in an order that changes from
     * one build to the next (hash order), and none of these lists depends on its order here. Build metadata the
     * extension adds in a git checkout (the commit id and repository URL annotations) is left out: a committed copy
     * cannot carry the id of the commit that contains it.
     */
    static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.stream().filter(name -> !BUILD_METADATA.contains(name)).sorted().forEach(name -> sorted.set(name, canonical(node.get(name))));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(element -> elements.add(canonical(element)));
            elements.stream().sorted(Comparator.comparing(JsonNode::toString)).forEach(sorted::add);
            return sorted;
        }
        return node;
    }

    @ParameterizedTest
    @MethodSource("io.voxcampaigns.deploy.kubernetes.Locations#services")
    void generatedFileHoldsOnlyTheDeploymentAndTheService(String module) {
        Path committed = Locations.manifests().resolve("base").resolve(module).resolve("kubernetes.yml");
        assertThat(Files.isRegularFile(committed)).as(committed.toString()).isTrue();
        assertThat(YamlDocuments.read(committed)).extracting(document -> document.path("kind").asText())
                .as("no init Job, ServiceAccount or ServiceMonitor: Flyway migrates at start, Prometheus scrapes by"
                        + " annotation")
                .containsExactlyInAnyOrder("Service", "Deployment");
    }
}
