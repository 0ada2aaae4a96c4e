package io.voxcampaigns.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CampaignStateTest {

    @Test
    void statusValuesAreTheApiValues() {
        assertThat(Arrays.stream(CampaignPhase.values()).map(CampaignPhase::value))
                .containsExactly("draft", "pending", "ongoing", "paused", "success", "fail", "canceled");
        assertThat(Arrays.stream(Pauser.values()).map(Pauser::value)).containsExactly("user", "system");
    }

    @ParameterizedTest
    @EnumSource(CampaignPhase.class)
    void statusesRoundTripThroughTheirValue(CampaignPhase status) {
        assertThat(CampaignPhase.fromValue(status.value())).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(Pauser.class)
    void pausersRoundTripThroughTheirValue(Pauser pausedBy) {
        assertThat(Pauser.fromValue(pausedBy.value())).isEqualTo(pausedBy);
    }

    @Test
    void unknownValuesAreNull() {
        assertThat(CampaignPhase.fromValue("PAUSED")).isNull();
        assertThat(CampaignPhase.fromValue("cancelled")).isNull();
        assertThat(CampaignPhase.fromValue(null)).isNull();
        assertThat(Pauser.fromValue("admin")).isNull();
    }

    @Test
    void onlySuccessFailAndCanceledAreFinal() {
        assertThat(Arrays.stream(CampaignPhase.values()).filter(CampaignPhase::isTerminal))
                .containsExactly(CampaignPhase.SUCCESS, CampaignPhase.FAIL, CampaignPhase.CANCELED);
    }

    @Test
    void pausedByGoesWithPausedOnly() {
        assertThatThrownBy(() -> CampaignState.of(CampaignPhase.PAUSED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CampaignState(CampaignPhase.ONGOING, Pauser.USER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CampaignState.paused(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CampaignState.of(null)).isInstanceOf(NullPointerException.class);
        assertThat(CampaignState.paused(Pauser.SYSTEM).isPausedBy(Pauser.SYSTEM)).isTrue();
        assertThat(CampaignState.paused(Pauser.SYSTEM).isPausedBy(Pauser.USER)).isFalse();
        assertThat(CampaignState.of(CampaignPhase.ONGOING).isPausedBy(Pauser.USER)).isFalse();
    }

    @Test
    void theMachineNeedsAStateAndATrigger() {
        assertThatThrownBy(() -> CampaignStatusMachine.decide(null, new CampaignTrigger.Pause()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CampaignStatusMachine.decide(CampaignState.of(CampaignPhase.ONGOING), null))
                .isInstanceOf(NullPointerException.class);
    }
}
