package io.voxcampaigns.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;

/** Each service's Deployment against its application.properties and the resources that produce what it reads. */
class ServiceWiringTest {

    private static final String SERVICES = "io.voxcampaigns.deploy.kubernetes.Overlays#withServices";
    private static final String IMAGE_REGISTRY = "ghcr.io";
    private static final String IMAGE_GROUP = "vox-campaigns";
    /** Set by quarkus-kubernetes in every generated Deployment (the pod's namespace, from the downward API). */
    private static final Set<String> ADDED_BY_THE_EXTENSION = Set.of("KUBERNETES_NAMESPACE");

    @ParameterizedTest
    @MethodSource(SERVICES)
    void deploymentServiceAndDisruptionBudgetSelectTheApplicationsPods(String overlay, String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        Rendered rendered = Overlays.rendered(overlay);
        String name = configuration.applicationName();
        Deployment deployment = rendered.named(Deployment.class, name);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());

        Container container = container(deployment);
        assertThat(container.getName()).isEqualTo(name);
        ContainerPort http = container.getPorts().stream().filter(port -> "http".equals(port.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no port named http"));
        assertThat(http.getContainerPort()).as("quarkus.http.port").isEqualTo(configuration.httpPort());

        Service service = rendered.named(Service.class, name);
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        ServicePort servicePort = service.getSpec().getPorts().get(0);
        assertThat(servicePort.getName()).isEqualTo("http");
        assertThat(targets(servicePort, http)).as(name + " Service targetPort").isTrue();

        PodDisruptionBudget budget = rendered.named(PodDisruptionBudget.class, name);
        assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).as("a drain evicts one pod at a time").isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void probesAskSmallRyeHealthOnTheHttpPort(String overlay, String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        Container container = container(Overlays.rendered(overlay).named(Deployment.class, configuration.applicationName()));
        assertProbe(container.getLivenessProbe(), "/q/health/live", configuration.httpPort());
        assertProbe(container.getReadinessProbe(), "/q/health/ready", configuration.httpPort());
        assertProbe(container.getStartupProbe(), "/q/health/started", configuration.httpPort());
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void cpuAndMemoryAreRequestedAndMemoryIsLimited(String overlay, String module) {
        String name = ServiceConfiguration.of(module).applicationName();
        Container container = container(Overlays.rendered(overlay).named(Deployment.class, name));
        Map<String, Quantity> requests = container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources().getLimits();
        assertThat(requests).containsKeys("cpu", "memory");
        assertThat(limits).containsKey("memory");
        assertThat(Quantity.getAmountInBytes(requests.get("memory")))
                .isLessThanOrEqualTo(Quantity.getAmountInBytes(limits.get("memory")));
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void prometheusScrapesMetricsFromThePods(String overlay, String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        Deployment deployment = Overlays.rendered(overlay).named(Deployment.class, configuration.applicationName());
        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/q/metrics")
                .containsEntry("prometheus.io/port", String.valueOf(configuration.httpPort()));
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void imageIsTheOneTheBuildNamesAndTags(String overlay, String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        String expected = configuration.resolved("quarkus.container-image.registry").orElse(IMAGE_REGISTRY) + "/"
                + configuration.resolved("quarkus.container-image.group").orElse(IMAGE_GROUP) + "/"
                + configuration.resolved("quarkus.container-image.name").orElse(configuration.applicationName()) + ":"
                + configuration.resolved("quarkus.container-image.tag").orElse(Locations.projectVersion());
        Container container = container(Overlays.rendered(overlay).named(Deployment.class, configuration.applicationName()));
        assertThat(container.getImage()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void everySettingProductionMustProvideIsSet(String overlay, String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        ContainerEnvironment environment = environment(overlay, configuration);
        assertThat(configuration.requiredInProduction()).as("keys only the dev profile sets")
                .contains("kafka.bootstrap.servers", "quarkus.datasource.reactive.url");
        for (String key : configuration.requiredInProduction()) {
            assertThat(environment.variables()).as(overlay + " " + module + " sets " + key)
                    .containsKey(ServiceConfiguration.environmentName(key));
        }
        for (String key : configuration.localDefaults()) {
            assertThat(environment.variables()).as(overlay + " " + module + " overrides " + key + "="
                    + configuration.value(key).orElse("")).containsKey(ServiceConfiguration.environmentName(key));
        }
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void everyVariableSetIsASettingTheServiceReads(String overlay, String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        Set<String> known = configuration.knownKeys().stream().map(ServiceConfiguration::environmentName)
                .collect(Collectors.toSet());
        Set<String> kafkaClient = kafkaClientVariables();
        for (String variable : environment(overlay, configuration).variables().keySet()) {
            assertThat(known.contains(variable) || kafkaClient.contains(variable)
                    || ADDED_BY_THE_EXTENSION.contains(variable))
                    .as(overlay + " " + module + ": " + variable + " maps to no key the service or Kafka client reads")
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void everySecretAndConfigMapReferencedIsProduced(String overlay, String module) {
        Rendered rendered = Overlays.rendered(overlay);
        Map<String, Set<String>> secrets = ProducedSecrets.of(rendered);
        Deployment deployment = rendered.named(Deployment.class, ServiceConfiguration.of(module).applicationName());
        Container container = container(deployment);
        for (EnvFromSource from : container.getEnvFrom()) {
            assertThat(from.getSecretRef()).as(module + ": envFrom a Secret").isNull();
            assertThat(rendered.find(ConfigMap.class, from.getConfigMapRef().getName()))
                    .as(module + " reads ConfigMap " + from.getConfigMapRef().getName()).isPresent();
        }
        ContainerEnvironment.of(container, rendered).variables().forEach((variable, source) -> {
            if (source instanceof ContainerEnvironment.SecretKey key) {
                assertThat(secrets).as(module + " " + variable + ": Secret " + key.secret() + " is produced")
                        .containsKey(key.secret());
                assertThat(secrets.get(key.secret())).as(module + " " + variable + ": key of " + key.secret())
                        .contains(key.key());
            }
        });
        for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
            if (volume.getSecret() != null) {
                assertThat(secrets).as(module + " mounts Secret " + volume.getSecret().getSecretName())
                        .containsKey(volume.getSecret().getSecretName());
            }
            if (volume.getConfigMap() != null) {
                assertThat(rendered.find(ConfigMap.class, volume.getConfigMap().getName())).isPresent();
            }
        }
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void credentialsComeOnlyFromSecrets(String overlay, String module) {
        ContainerEnvironment environment = environment(overlay, ServiceConfiguration.of(module));
        environment.variables().forEach((variable, source) -> {
            if (ProducedSecrets.CREDENTIAL.matcher(variable).find() || variable.equals("QUARKUS_DATASOURCE_USERNAME")) {
                assertThat(source).as(module + " " + variable).isInstanceOf(ContainerEnvironment.SecretKey.class);
            }
            if (source instanceof ContainerEnvironment.Literal literal && literal.value().contains("://")) {
                URI url = URI.create(literal.value().replaceFirst("^jdbc:", ""));
                assertThat(url.getUserInfo()).as(module + " " + variable + ": credentials in a URL").isNull();
                assertThat(String.valueOf(url.getQuery())).as(module + " " + variable).doesNotContain("password");
            }
        });
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void theDatasourceIsTheServicesOwnDatabaseCluster(String overlay, String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        ContainerEnvironment environment = environment(overlay, configuration);
        String devUrl = configuration.value("%dev.quarkus.datasource.reactive.url")
                .orElseThrow(() -> new AssertionError(module + " names no database for dev mode"));
        String database = Path.of(URI.create(devUrl).getPath()).getFileName().toString();
        CnpgCluster cluster = Overlays.rendered(overlay).all(CnpgCluster.class).stream()
                .filter(candidate -> candidate.spec().bootstrap().initdb().database().equals(database)).findFirst()
                .orElseThrow(() -> new AssertionError("no CloudNativePG Cluster creates database " + database));

        String reactive = environment.literal("QUARKUS_DATASOURCE_REACTIVE_URL").orElseThrow();
        assertThat(reactive).isEqualTo("postgresql://" + cluster.readWriteServiceName() + ":5432/" + database);
        assertThat(environment.literal("QUARKUS_DATASOURCE_JDBC_URL")).contains("jdbc:" + reactive);
        assertThat(environment.secretKey("QUARKUS_DATASOURCE_USERNAME"))
                .contains(new ContainerEnvironment.SecretKey(cluster.appSecretName(), "username"));
        assertThat(environment.secretKey("QUARKUS_DATASOURCE_PASSWORD"))
                .contains(new ContainerEnvironment.SecretKey(cluster.appSecretName(), "password"));
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void kafkaIsReachedAsTheServicesOwnUserOverTheAuthenticatedListener(String overlay, String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        Kafka kafka = Overlays.rendered(overlay).kafka();
        ContainerEnvironment environment = environment(overlay, configuration);
        String bootstrap = environment.literal("KAFKA_BOOTSTRAP_SERVERS").orElseThrow();
        String prefix = kafka.getMetadata().getName() + "-kafka-bootstrap:";
        assertThat(bootstrap).as("the cluster's bootstrap Service").startsWith(prefix);
        int port = Integer.parseInt(bootstrap.substring(prefix.length()));
        GenericKafkaListener listener = kafka.getSpec().getKafka().getListeners().stream()
                .filter(candidate -> candidate.getPort() == port).findFirst()
                .orElseThrow(() -> new AssertionError("no listener on port " + port));
        assertThat(listener.getAuth()).isInstanceOf(KafkaListenerAuthenticationScramSha512.class);
        assertThat(environment.literal("KAFKA_SASL_MECHANISM")).contains("SCRAM-SHA-512");
        assertThat(environment.secretKey("KAFKA_SASL_JAAS_CONFIG"))
                .contains(new ContainerEnvironment.SecretKey(configuration.applicationName(), "sasl.jaas.config"));
        if (listener.isTls()) {
            assertThat(environment.literal("KAFKA_SECURITY_PROTOCOL")).contains("SASL_SSL");
            assertThat(environment.literal("KAFKA_SSL_TRUSTSTORE_TYPE")).contains("PEM");
            assertThat(environment.secretKey("KAFKA_SSL_TRUSTSTORE_CERTIFICATES"))
                    .contains(new ContainerEnvironment.SecretKey(ProducedSecrets.clusterCaSecret(kafka), "ca.crt"));
        } else {
            assertThat(environment.literal("KAFKA_SECURITY_PROTOCOL")).contains("SASL_PLAINTEXT");
        }
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void theApiKeyPublicKeyIsAFileOfItsSecret(String overlay, String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        Deployment deployment = Overlays.rendered(overlay).named(Deployment.class, configuration.applicationName());
        Path location = Path.of(environment(overlay, configuration).literal("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                .orElseThrow(() -> new AssertionError(module + " sets no MP_JWT_VERIFY_PUBLICKEY_LOCATION")));
        VolumeMount mount = container(deployment).getVolumeMounts().stream()
                .filter(candidate -> location.getParent().equals(Path.of(candidate.getMountPath()))).findFirst()
                .orElseThrow(() -> new AssertionError(module + ": nothing is mounted at " + location.getParent()));
        Volume volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(candidate -> candidate.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertThat(volume.getSecret().getSecretName()).isEqualTo(ProducedSecrets.API_KEY_SECRET);
        assertThat(location.getFileName()).hasToString(ProducedSecrets.API_KEY_FILE);
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void localhostDefaultsAreReplacedByServicesOfTheCluster(String overlay, String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        Rendered rendered = Overlays.rendered(overlay);
        ContainerEnvironment environment = environment(overlay, configuration);
        for (String key : configuration.localDefaults()) {
            String variable = ServiceConfiguration.environmentName(key);
            URI url = URI.create(environment.literal(variable)
                    .orElseThrow(() -> new AssertionError(module + " does not override " + key)));
            Service service = rendered.find(Service.class, url.getHost())
                    .orElseThrow(() -> new AssertionError(module + " " + variable + ": no Service " + url.getHost()));
            int port = url.getPort() == -1 ? 80 : url.getPort();
            assertThat(service.getSpec().getPorts()).extracting(ServicePort::getPort).as(module + " " + variable)
                    .contains(port);
        }
    }

    private static ContainerEnvironment environment(String overlay, ServiceConfiguration configuration) {
        Rendered rendered = Overlays.rendered(overlay);
        return ContainerEnvironment.of(container(rendered.named(Deployment.class, configuration.applicationName())),
                rendered);
    }

    private static Container container(Deployment deployment) {
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static boolean targets(ServicePort servicePort, ContainerPort containerPort) {
        return servicePort.getTargetPort().getIntVal() != null
                ? servicePort.getTargetPort().getIntVal().equals(containerPort.getContainerPort())
                : servicePort.getTargetPort().getStrVal().equals(containerPort.getName());
    }

    private static void assertProbe(Probe probe, String path, int port) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getIntVal()).as(path + " port").isEqualTo(port);
    }

    /** Quarkus passes KAFKA_X_Y to the Kafka clients as x.y; these are the names the clients know. */
    private static Set<String> kafkaClientVariables() {
        return Stream.of(ConsumerConfig.configNames(), ProducerConfig.configNames(),
                        AdminClientConfig.configNames())
                .flatMap(Set::stream).map(name -> "KAFKA_" + ServiceConfiguration.environmentName(name))
                .collect(Collectors.toSet());
    }
}
