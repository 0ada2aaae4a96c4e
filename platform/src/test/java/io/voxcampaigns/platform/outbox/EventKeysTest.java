package io.voxcampaigns.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.events.agent.AgentDeleted;
import io.voxcampaigns.events.apikey.ApiKeyRevoked;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.common.AgentSnapshot;
import io.voxcampaigns.events.common.AgentType;
import io.voxcampaigns.events.common.CallSettings;
import io.voxcampaigns.events.suppression.SuppressionsChanged;

class EventKeysTest {

    @Test
    void agentEventsAreKeyedByAgentId() {
        Instant now = Instant.ofEpochMilli(1_700_000_000_000L);
        AgentSnapshot snapshot = new AgentSnapshot("agent-7", "n", AgentType.flow, new CallSettings(30, 900), null,
                List.of(), now, now);
        assertThat(EventKeys.of(new AgentDeleted("e", now, "org", "agent-7", snapshot))).isEqualTo("agent-7");
    }

    @Test
    void campaignAndCallEventsAreKeyedByCampaignId() {
        assertThat(EventKeys.of(new CampaignDrained("e", Instant.EPOCH, "org", "campaign-9", Instant.EPOCH)))
                .isEqualTo("campaign-9");
    }

    @Test
    void suppressionEventsAreKeyedByOrganizationId() {
        assertThat(EventKeys.of(new SuppressionsChanged("e", Instant.EPOCH, "org-3", List.of("+821012345678"), null,
                List.of()))).isEqualTo("org-3");
    }

    @Test
    void revokedKeysAreKeyedByKeyId() {
        assertThat(EventKeys.of(new ApiKeyRevoked("e", Instant.EPOCH, "org-3", "key-9", Instant.EPOCH)))
                .isEqualTo("key-9");
    }
}
