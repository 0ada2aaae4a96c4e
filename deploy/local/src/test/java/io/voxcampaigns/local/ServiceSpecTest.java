package io.voxcampaigns.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The local stack's per-service environment: defaults the caller's own environment overrides. */
class ServiceSpecTest {

    private static final ServiceSpec DISPATCHER = ServiceSpec.ALL.stream()
            .filter(spec -> spec.name().equals("call-dispatcher")).findFirst().orElseThrow();

    @Test
    void theDispatcherPlacesCallsWithTheSimulatedRuntimeByDefault() {
        assertThat(DISPATCHER.extraEnvironment(Map.of("HOME", "/root")))
                .containsEntry("VOX_DISPATCHER_CALL_PLACER", "simulated").doesNotContainKey("HOME");
    }

    @Test
    void aPlacerTheCallerChoseWins() {
        assertThat(DISPATCHER.extraEnvironment(Map.of("VOX_DISPATCHER_CALL_PLACER", "vox",
                "VOX_DISPATCHER_VOX_BASE_URL", "http://localhost:18090")))
                .containsEntry("VOX_DISPATCHER_CALL_PLACER", "vox")
                .as("the other settings reach the service by inheritance").doesNotContainKey("VOX_DISPATCHER_VOX_BASE_URL");
    }
}
