package io.voxcampaigns.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.voxcampaigns.events.Topics;

/** The readers the manifest tests rely on find what the services configure. */
class ServiceConfigurationTest {

    @Test
    void configMappingKeysIncludeNestedGroupsAndSkipEnums(@TempDir Path sources) throws IOException {
        Files.writeString(sources.resolve("ExampleConfig.java"), """
                package example;

                /** Example settings. */
                @ConfigMapping(prefix = "vox.example")
                public interface ExampleConfig {

                    /** How often, see {@code POST {base-url}/x}. */
                    @WithDefault("5s")
                    Duration sweepInterval();

                    Optional<Remote> remote();

                    Kind kind();

                    enum Kind {
                        ONE, TWO
                    }

                    interface Remote {

                        Optional<String> baseUrl();

                        @WithDefault("10s")
                        Duration requestTimeout();
                    }
                }
                """);
        assertThat(SourceScan.configKeys(sources)).containsExactlyInAnyOrder("vox.example.sweep-interval",
                "vox.example.remote.base-url", "vox.example.remote.request-timeout", "vox.example.kind");
    }

    @Test
    void knownKeysIncludeThePlatformsTypedSettings() {
        assertThat(ServiceConfiguration.of("agent-service").knownKeys()).contains("vox.outbox.relay-enabled",
                "vox.outbox.batch-size", "vox.consumer.unready-after", "vox.auth.revoked-key-ids",
                "mp.jwt.verify.publickey.location", "quarkus.datasource.reactive.url");
    }

    @Test
    void theOutboxRelayIsAnOutgoingChannelOfEveryService() {
        for (String service : Locations.services()) {
            assertThat(ServiceConfiguration.of(service).outgoing()).extracting(ServiceConfiguration.Outgoing::channel)
                    .as(service).contains(KafkaAcls.OUTBOX_RELAY_CHANNEL);
        }
    }

    @Test
    void agentServiceBuildsAgentAndAuditEventsAndConsumesOnlyTheRevokedKeys() {
        ServiceConfiguration agents = ServiceConfiguration.of("agent-service");
        assertThat(KafkaAcls.produced(agents)).containsExactly(Topics.AGENT_EVENTS, Topics.API_KEY_USAGE,
                Topics.AUDIT_EVENTS);
        assertThat(agents.incoming()).extracting(ServiceConfiguration.Incoming::topic)
                .containsExactly(Topics.API_KEY_EVENTS);
    }

    @Test
    void expressionsResolveAndTheApplicationVersionIsTheProjectVersion() {
        Properties service = new Properties();
        service.setProperty("quarkus.application.name", "example");
        service.setProperty("quarkus.container-image.name", "${quarkus.application.name}-image");
        service.setProperty("quarkus.container-image.tag", "${quarkus.application.version}");
        service.setProperty("%prod.quarkus.container-image.group", "prod-group");
        service.setProperty("quarkus.container-image.group", "other-group");
        ServiceConfiguration configuration = new ServiceConfiguration("example", service, new Properties());
        assertThat(configuration.resolved("quarkus.container-image.name")).contains("example-image");
        assertThat(configuration.resolved("quarkus.container-image.tag")).contains(Locations.projectVersion());
        assertThat(configuration.resolved("quarkus.container-image.group")).contains("prod-group");
    }

    @Test
    void environmentNamesFollowSmallRyeConfig() {
        assertThat(ServiceConfiguration.environmentName("vox.outbox.relay-enabled")).isEqualTo("VOX_OUTBOX_RELAY_ENABLED");
        assertThat(ServiceConfiguration.environmentName("quarkus.datasource.reactive.url"))
                .isEqualTo("QUARKUS_DATASOURCE_REACTIVE_URL");
    }
}
