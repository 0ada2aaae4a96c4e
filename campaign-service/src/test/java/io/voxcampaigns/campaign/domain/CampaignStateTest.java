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
        assertThat(Arrays.stream(CampaignStatus.values()).map(CampaignStatus::value))
                .containsExactly("draft", "pending", "ongoing", "paused", "success", "fail", "canceled");
        assertThat(Arrays.stream(PausedBy.values()).map(PausedBy::value)).containsExactly("user", "system");
    }

    @ParameterizedTest
    @EnumSource(CampaignStatus.class)
    void statusesRoundTripThroughTheirValue(CampaignStatus status) {
        assertThat(CampaignStatus.fromValue(status.value())).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(PausedBy.class)
    void pausersRoundTripThroughTheirValue(PausedBy pausedBy) {
        assertThat(PausedBy.fromValue(pausedBy.value())).isEqualTo(pausedBy);
    }

    @Test
    void unknownValuesAreNull() {
        assertThat(CampaignStatus.fromValue("PAUSED")).isNull();
        assertThat(CampaignStatus.fromValue("cancelled")).isNull();
        assertThat(CampaignStatus.fromValue(null)).isNull();
        assertThat(PausedBy.fromValue("admin")).isNull();
    }

    @Test
    void onlySuccessFailAndCanceledAreFinal() {
        assertThat(Arrays.stream(CampaignStatus.values()).filter(CampaignStatus::isTerminal))
                .containsExactly(CampaignStatus.SUCCESS, CampaignStatus.FAIL, CampaignStatus.CANCELED);
    }

    @Test
    void pausedByGoesWithPausedOnly() {
        assertThatThrownBy(() -> CampaignState.of(CampaignStatus.PAUSED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CampaignState(CampaignStatus.ONGOING, PausedBy.USER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CampaignState.paused(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CampaignState.of(null)).isInstanceOf(NullPointerException.class);
        assertThat(CampaignState.paused(PausedBy.SYSTEM).isPausedBy(PausedBy.SYSTEM)).isTrue();
        assertThat(CampaignState.paused(PausedBy.SYSTEM).isPausedBy(PausedBy.USER)).isFalse();
        assertThat(CampaignState.of(CampaignStatus.ONGOING).isPausedBy(PausedBy.USER)).isFalse();
    }

    @Test
    void theMachineNeedsAStateAndATrigger() {
        assertThatThrownBy(() -> CampaignStatusMachine.decide(null, new CampaignTrigger.Pause()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CampaignStatusMachine.decide(CampaignState.of(CampaignStatus.ONGOING), null))
                .isInstanceOf(NullPointerException.class);
    }
}
