package io.voxcampaigns.deploy.kubernetes;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;

/** The resources a kustomization renders to, as trees and as typed models. */
final class Rendered {

    private final List<ObjectNode> documents;

    Rendered(List<ObjectNode> documents) {
        this.documents = List.copyOf(documents);
    }

    List<ObjectNode> documents() {
        return documents;
    }

    /** Every resource of a model type. */
    <T> List<T> all(Class<T> type) {
        return documents.stream().filter(document -> TypedModels.typeOf(document) == type)
                .map(document -> TypedModels.parse(document, type)).toList();
    }

    /** The resource of a model type with that name, if any. */
    <T> Optional<T> find(Class<T> type, String name) {
        return documents.stream().filter(document -> TypedModels.typeOf(document) == type)
                .filter(document -> name.equals(document.path("metadata").path("name").asText()))
                .map(document -> TypedModels.parse(document, type)).findFirst();
    }

    <T> T named(Class<T> type, String name) {
        return find(type, name).orElseThrow(
                () -> new AssertionError("no " + type.getSimpleName() + " named " + name + " is rendered"));
    }

    /** The one Kafka cluster. */
    Kafka kafka() {
        List<Kafka> clusters = all(Kafka.class);
        if (clusters.size() != 1) {
            throw new AssertionError("expected one Kafka cluster, found " + clusters.size());
        }
        return clusters.get(0);
    }

    /** Nodes with the broker role in the Kafka cluster's node pools. */
    int brokers() {
        String cluster = kafka().getMetadata().getName();
        return all(KafkaNodePool.class).stream()
                .filter(pool -> cluster.equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
    }
}
