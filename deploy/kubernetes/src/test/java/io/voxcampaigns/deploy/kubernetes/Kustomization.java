package io.voxcampaigns.deploy.kubernetes;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of kustomize's Kustomization that these manifests use. Parsed strictly: a field kustomize knows but this
 * record does not fails the test, so {@link Kustomize} never silently ignores something kustomize would apply.
 */
record Kustomization(
        @JsonProperty("apiVersion") String apiVersion,
        @JsonProperty("kind") String kind,
        @JsonProperty("namespace") String namespace,
        @JsonProperty("resources") List<String> resources,
        @JsonProperty("patches") List<Patch> patches,
        @JsonProperty("configMapGenerator") List<ConfigMapGenerator> configMapGenerator,
        @JsonProperty("images") List<Image> images,
        @JsonProperty("replicas") List<Replicas> replicas) {

    static final String FILE_NAME = "kustomization.yaml";

    Kustomization {
        resources = resources == null ? List.of() : resources;
        patches = patches == null ? List.of() : patches;
        configMapGenerator = configMapGenerator == null ? List.of() : configMapGenerator;
        images = images == null ? List.of() : images;
        replicas = replicas == null ? List.of() : replicas;
    }

    /** A strategic-merge patch file, applied to the resource it names or to every resource the target selects. */
    record Patch(@JsonProperty("path") String path, @JsonProperty("target") Target target) {
    }

    record Target(@JsonProperty("group") String group, @JsonProperty("kind") String kind,
            @JsonProperty("name") String name) {
    }

    record ConfigMapGenerator(@JsonProperty("name") String name, @JsonProperty("behavior") String behavior,
            @JsonProperty("literals") List<String> literals) {

        ConfigMapGenerator {
            literals = literals == null ? List.of() : literals;
        }
    }

    record Image(@JsonProperty("name") String name, @JsonProperty("newName") String newName,
            @JsonProperty("newTag") String newTag) {
    }

    record Replicas(@JsonProperty("name") String name, @JsonProperty("count") int count) {
    }
}
