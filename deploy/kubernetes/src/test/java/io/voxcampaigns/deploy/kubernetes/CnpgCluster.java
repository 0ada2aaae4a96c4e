package io.voxcampaigns.deploy.kubernetes;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * The fields of a CloudNativePG {@code Cluster} (postgresql.cnpg.io/v1) that these manifests use; no Java model of
 * that CRD is published, so this record stands in for one and is parsed strictly (an unknown field fails).
 */
record CnpgCluster(
        @JsonProperty("apiVersion") String apiVersion,
        @JsonProperty("kind") String kind,
        @JsonProperty("metadata") Metadata metadata,
        @JsonProperty("spec") Spec spec) {

    /** The Service the operator creates in front of the primary. */
    String readWriteServiceName() {
        return metadata.name() + "-rw";
    }

    /** The Secret the operator generates for the database owner. */
    String appSecretName() {
        return metadata.name() + "-app";
    }

    record Metadata(@JsonProperty("name") String name, @JsonProperty("namespace") String namespace,
            @JsonProperty("labels") Map<String, String> labels) {
    }

    record Spec(
            @JsonProperty("instances") Integer instances,
            @JsonProperty("imageName") String imageName,
            @JsonProperty("storage") Storage storage,
            @JsonProperty("bootstrap") Bootstrap bootstrap,
            @JsonProperty("resources") ResourceRequirements resources) {
    }

    record Storage(@JsonProperty("size") String size, @JsonProperty("storageClass") String storageClass) {
    }

    record Bootstrap(@JsonProperty("initdb") InitDb initdb) {
    }

    record InitDb(@JsonProperty("database") String database, @JsonProperty("owner") String owner) {
    }
}
