package io.voxcampaigns.campaign.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.voxcampaigns.platform.retry.RetryPolicy;
import io.voxcampaigns.platform.retry.VoicemailAction;
import io.voxcampaigns.platform.schedule.CallPurpose;
import io.voxcampaigns.platform.schedule.CallingHours;

/**
 * A campaign create request as far as it passed the rules that need no database; callTimeWindow is null when the
 * client set none, and so are retryPolicy (one attempt per task) and voicemailAction (hang up at voicemail); purpose
 * is general unless sent.
 */
public record NewCampaign(String name, String fromNumber, UUID agentId, AgentVersionRequest agentVersion,
                          List<NewTask> tasks, String presentationNumber, Instant scheduledAt, int concurrency,
                          CallingHours callTimeWindow, RetryPolicy retryPolicy, VoicemailAction voicemailAction,
                          CallPurpose purpose, Double maxCallsPerSecond) {

    /** A general-purpose request without attempt policies. */
    public NewCampaign(String name, String fromNumber, UUID agentId, AgentVersionRequest agentVersion,
                       List<NewTask> tasks, String presentationNumber, Instant scheduledAt, int concurrency,
                       CallingHours callTimeWindow) {
        this(name, fromNumber, agentId, agentVersion, tasks, presentationNumber, scheduledAt, concurrency,
                callTimeWindow, null, null, CallPurpose.GENERAL, null);
    }

    /** The same request with these attempt policies (null: not set), purpose and start rate (null: no limit). */
    public NewCampaign with(RetryPolicy policy, VoicemailAction voicemail, CallPurpose purpose,
                            Double maxCallsPerSecond) {
        return new NewCampaign(name, fromNumber, agentId, agentVersion, tasks, presentationNumber, scheduledAt,
                concurrency, callTimeWindow, policy, voicemail, purpose, maxCallsPerSecond);
    }
}
