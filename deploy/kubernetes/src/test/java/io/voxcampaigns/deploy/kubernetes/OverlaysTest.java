package io.voxcampaigns.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/** What distinguishes the overlays: sizes, namespaces and the voice runtime the dispatchers place calls on. */
class OverlaysTest {

    private static final String DISPATCHER = "call-dispatcher";

    @Test
    void devRunsOneOfEverything() {
        Rendered dev = Overlays.rendered("dev");
        assertThat(dev.brokers()).isEqualTo(1);
        assertThat(dev.all(Deployment.class)).isNotEmpty()
                .allSatisfy(deployment -> assertThat(deployment.getSpec().getReplicas()).isEqualTo(1));
        assertThat(dev.all(HorizontalPodAutoscaler.class))
                .allSatisfy(autoscaler -> assertThat(autoscaler.getSpec().getMaxReplicas()).isEqualTo(1));
        assertThat(dev.all(CnpgCluster.class)).allSatisfy(cluster -> assertThat(cluster.spec().instances()).isEqualTo(1));
    }

    @Test
    void prodRunsThreeBrokersAndThreeDispatchers() {
        Rendered prod = Overlays.rendered("prod");
        assertThat(prod.brokers()).isEqualTo(3);
        assertThat(prod.named(Deployment.class, DISPATCHER).getSpec().getReplicas()).isEqualTo(3);
        assertThat(prod.named(HorizontalPodAutoscaler.class, DISPATCHER).getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(prod.all(KafkaTopic.class)).allSatisfy(topic -> assertThat(topic.getSpec().getReplicas()).isEqualTo(3));
        assertThat(prod.kafka().getSpec().getKafka().getConfig()).containsEntry("default.replication.factor", 3)
                .containsEntry("min.insync.replicas", 2);
        assertThat(prod.all(CnpgCluster.class)).allSatisfy(cluster -> assertThat(cluster.spec().instances()).isEqualTo(3));
        assertThat(prod.all(Deployment.class))
                .allSatisfy(deployment -> assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void devSimulatesCallsAndProdPlacesThemOnVoxWithItsWebhooksInThroughAnIngressToTheDispatchers() {
        assertThat(Overlays.rendered("dev").named(ConfigMap.class, DISPATCHER).getData())
                .containsEntry("VOX_DISPATCHER_CALL_PLACER", "simulated");
        assertThat(Overlays.rendered("dev").all(Ingress.class)).isEmpty();

        Rendered prod = Overlays.rendered("prod");
        assertThat(prod.named(ConfigMap.class, DISPATCHER).getData())
                .containsEntry("VOX_DISPATCHER_CALL_PLACER", "vox")
                .containsEntry("VOX_DISPATCHER_VOX_BASE_URL", "https://client-api.tryvox.co");
        Ingress ingress = prod.named(Ingress.class, "call-dispatcher-webhooks");
        List<HTTPIngressPath> paths = ingress.getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream()).toList();
        assertThat(paths).as("only the webhook is exposed").singleElement().satisfies(path -> {
            assertThat(path.getPath()).isEqualTo("/webhooks/voice");
            assertThat(path.getPathType()).isEqualTo("Exact");
            Service service = prod.named(Service.class, path.getBackend().getService().getName());
            assertThat(service.getSpec().getSelector()).containsEntry("app.kubernetes.io/name", DISPATCHER);
            assertThat(service.getSpec().getPorts()).extracting(ServicePort::getName)
                    .contains(path.getBackend().getService().getPort().getName());
        });
        assertThat(ingress.getSpec().getTls()).singleElement()
                .satisfies(tls -> assertThat(tls.getHosts()).containsExactlyElementsOf(ingress.getSpec().getRules()
                        .stream().map(rule -> rule.getHost()).toList()));
    }

    @ParameterizedTest
    @MethodSource("io.voxcampaigns.deploy.kubernetes.Overlays#names")
    void autoscaledDeploymentsStartWithinTheirAutoscalersRange(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        for (HorizontalPodAutoscaler autoscaler : rendered.all(HorizontalPodAutoscaler.class)) {
            Deployment target = rendered.named(Deployment.class, autoscaler.getSpec().getScaleTargetRef().getName());
            assertThat(target.getSpec().getReplicas()).as(overlay + " " + target.getMetadata().getName())
                    .isBetween(autoscaler.getSpec().getMinReplicas(), autoscaler.getSpec().getMaxReplicas());
            assertThat(target.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getRequests())
                    .as("CPU utilisation is relative to the CPU request").containsKey("cpu");
        }
    }

    @Test
    void eachOverlayRunsInItsOwnNamespace() {
        Set<String> namespaces = new HashSet<>();
        for (String overlay : Locations.overlays()) {
            String namespace = Kustomize.read(Locations.manifests().resolve("overlays").resolve(overlay)).namespace();
            assertThat(namespace).as(overlay).isNotBlank();
            assertThat(namespaces.add(namespace)).as(overlay + " shares namespace " + namespace).isTrue();
            Rendered rendered = Overlays.rendered(overlay);
            assertThat(rendered.all(Namespace.class)).extracting(created -> created.getMetadata().getName())
                    .containsExactly(namespace);
            for (ObjectNode document : rendered.documents()) {
                if (!"Namespace".equals(document.path("kind").asText())) {
                    assertThat(document.path("metadata").path("namespace").asText())
                            .as(overlay + " " + document.path("metadata").path("name")).isEqualTo(namespace);
                }
            }
        }
    }
}
