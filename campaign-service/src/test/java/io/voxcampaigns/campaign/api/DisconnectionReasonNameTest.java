package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.events.common.DisconnectionReason;

/** The API's list of disconnection reasons is the events' list (without the readers' fallback "unknown"). */
class DisconnectionReasonNameTest {

    @Test
    void theApiNamesEveryReasonOfTheEventsAndNoOther() {
        assertThat(Arrays.stream(DisconnectionReasonName.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(DisconnectionReason.values())
                        .filter(reason -> reason != DisconnectionReason.unknown).map(Enum::name).toList());
    }
}
