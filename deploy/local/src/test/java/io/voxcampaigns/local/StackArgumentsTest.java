package io.voxcampaigns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The command line of ./local-stack: everything by default, the infrastructure alone on request, nothing else. */
class StackArgumentsTest {

    @Test
    void noArgumentStartsEverything() {
        assertThat(StackArguments.infraOnly(new String[0])).isFalse();
    }

    @Test
    void infraOnlyStartsKafkaAndPostgresAlone() {
        assertThat(StackArguments.infraOnly(new String[] {"--infra-only"})).isTrue();
    }

    @Test
    void anUnknownArgumentIsNamed() {
        assertThatThrownBy(() -> StackArguments.infraOnly(new String[] {"--services"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown argument --services");
    }

    @Test
    void devSettingsPointAtTheStacksPortsAndTheServicesDatabase() {
        ServiceSpec campaigns = ServiceSpec.ALL.get(1);
        assertThat(ReadyBanner.devSettings(campaigns))
                .contains("%dev.kafka.bootstrap.servers=localhost:19092",
                        "%dev.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:15432/campaigns");
    }
}
