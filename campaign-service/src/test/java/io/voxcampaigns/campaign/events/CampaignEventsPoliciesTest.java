package io.voxcampaigns.campaign.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.campaign.domain.CampaignPhase;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.retry.PolicyEvents;
import io.voxcampaigns.platform.retry.PolicyJson;
import io.voxcampaigns.platform.retry.RetryPolicy;
import io.voxcampaigns.platform.retry.Spacing;
import io.voxcampaigns.platform.retry.VoicemailAction;
import io.voxcampaigns.platform.retry.VoicemailActionType;
import io.voxcampaigns.platform.schedule.CallingHours;

/**
 * The settings campaign.events carry include the attempt policies stored on the campaign row (as campaign creation
 * writes them), so the dispatcher retries by them; a campaign without them publishes null for both.
 */
class CampaignEventsPoliciesTest {

    @Test
    void storedPoliciesArePublishedWithTheSettings() {
        RetryPolicy policy = new RetryPolicy(3, Set.of(DisconnectionReason.dial_busy),
                Spacing.fixed(Duration.ofMinutes(10), 0.2), Instant.parse("2026-12-31T00:00:00Z"));
        VoicemailAction voicemail = new VoicemailAction(VoicemailActionType.leave_message, "Call us back");
        Campaign campaign = campaign();
        campaign.retryPolicy = PolicyJson.of(policy);
        campaign.voicemailAction = PolicyJson.of(voicemail);

        CampaignSettings created = CampaignEvents.created(campaign, CallingHours.defaults()).getSettings();
        CampaignSettings updated = CampaignEvents.updated(campaign, CallingHours.defaults()).getSettings();

        assertThat(PolicyEvents.fromEvent(created.getRetryPolicy())).isEqualTo(policy);
        assertThat(PolicyEvents.fromEvent(created.getVoicemailAction())).isEqualTo(voicemail);
        assertThat(updated).isEqualTo(created);
    }

    @Test
    void aCampaignWithoutPoliciesPublishesNone() {
        CampaignSettings settings = CampaignEvents.created(campaign(), CallingHours.defaults()).getSettings();

        assertThat(settings.getRetryPolicy()).isNull();
        assertThat(settings.getVoicemailAction()).isNull();
    }

    private static Campaign campaign() {
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.organizationId = "org";
        campaign.name = "Retries";
        campaign.status = CampaignPhase.PENDING;
        campaign.agentId = UUID.randomUUID();
        campaign.agentVersion = "current";
        campaign.resolvedAgentVersion = "current";
        campaign.fromNumber = "0260001000";
        campaign.concurrency = 2;
        campaign.totalCalls = 3;
        campaign.createdAt = Instant.parse("2026-12-04T00:00:00Z");
        campaign.updatedAt = campaign.createdAt;
        return campaign;
    }
}
