package io.voxcampaigns.dispatcher.persistence;

import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.platform.retry.PolicyEvents;
import io.voxcampaigns.platform.retry.PolicyJson;
import io.voxcampaigns.platform.retry.RetryPolicy;
import io.voxcampaigns.platform.retry.VoicemailAction;

/**
 * A campaign's attempt policies as campaign.events carry them, checked by the platform's rules; stored in the
 * retry_policy and voicemail_action columns ({@link PolicyJson}). Null members are not set: one attempt per task,
 * hang up at voicemail.
 */
public record AttemptPolicies(RetryPolicy retryPolicy, VoicemailAction voicemail) {

    /**
     * The policies settings carry.
     *
     * @throws IllegalArgumentException when one breaks a rule
     */
    public static AttemptPolicies of(CampaignSettings settings) {
        return new AttemptPolicies(PolicyEvents.fromEvent(settings.getRetryPolicy()),
                PolicyEvents.fromEvent(settings.getVoicemailAction()));
    }
}
