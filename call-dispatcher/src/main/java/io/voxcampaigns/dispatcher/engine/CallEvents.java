package io.voxcampaigns.dispatcher.messaging;

import java.time.Instant;
import java.util.UUID;

import io.voxcampaigns.dispatcher.persistence.CallEnds.EndedCall;
import io.voxcampaigns.dispatcher.persistence.CampaignRow;
import io.voxcampaigns.dispatcher.persistence.TaskClaims.CanceledTask;
import io.voxcampaigns.dispatcher.placement.PlacedCall;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDispatchFailed;
import io.voxcampaigns.events.call.CampaignDispatchStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.call.CampaignScheduleReached;
import io.voxcampaigns.events.call.CampaignWindowClosed;
import io.voxcampaigns.events.call.CampaignWindowOpened;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.CampaignFailureReason;

/** Builds the records the dispatcher publishes on call.events (key: campaign id). */
public final class CallEvents {

    private CallEvents() {
    }

    public static CallStarted started(PlacedCall call) {
        return CallStarted.newBuilder().setEventId(newId()).setOccurredAt(call.startedAt())
                .setOrganizationId(call.organizationId()).setCampaignId(call.campaignId().toString())
                .setCallId(call.callId().toString()).setTaskId(call.taskId().toString())
                .setAttemptId(call.attemptId().toString()).setToNumber(call.toNumber())
                .setFromNumber(call.callerId()).setAgentId(call.agentId().toString())
                .setAgentVersion(call.agentVersion()).setStartedAt(call.startedAt())
                .build();
    }

    public static CallEnded ended(UUID campaignId, EndedCall call) {
        return CallEnded.newBuilder().setEventId(newId()).setOccurredAt(call.endedAt())
                .setOrganizationId(call.organizationId()).setCampaignId(campaignId.toString())
                .setCallId(call.callId().toString()).setTaskId(call.taskId().toString())
                .setAttemptId(call.attemptId().toString()).setStatus(call.status())
                .setDisconnectionReason(call.reason()).setStartedAt(call.startedAt()).setEndedAt(call.endedAt())
                .setDurationMs(call.durationMs())
                .build();
    }

    /** A queued task canceled before it was dialled: fresh call and attempt ids, never started, no reason. */
    public static CallEnded canceled(CampaignRow campaign, CanceledTask task, Instant at) {
        return CallEnded.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setCallId(task.callId().toString()).setTaskId(task.taskId().toString())
                .setAttemptId(task.attemptId().toString()).setStatus(CallStatus.canceled)
                .setDisconnectionReason(null).setStartedAt(null).setEndedAt(at).setDurationMs(0)
                .build();
    }

    public static CampaignDispatchStarted dispatchStarted(CampaignRow campaign, Instant at) {
        return CampaignDispatchStarted.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setStartedAt(at).build();
    }

    public static CampaignScheduleReached scheduleReached(CampaignRow campaign, Instant scheduledAt, Instant at) {
        return CampaignScheduleReached.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setScheduledAt(scheduledAt).build();
    }

    public static CampaignWindowClosed windowClosed(CampaignRow campaign, Instant closedAt, Instant nextOpening) {
        return CampaignWindowClosed.newBuilder().setEventId(newId()).setOccurredAt(closedAt)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setClosedAt(closedAt).setNextOpeningAt(nextOpening).build();
    }

    public static CampaignWindowOpened windowOpened(CampaignRow campaign, Instant openedAt, boolean autoResume) {
        return CampaignWindowOpened.newBuilder().setEventId(newId()).setOccurredAt(openedAt)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setOpenedAt(openedAt).setAutoResume(autoResume).build();
    }

    public static CampaignDrained drained(CampaignRow campaign, Instant at) {
        return CampaignDrained.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setDrainedAt(at).build();
    }

    public static CampaignDispatchFailed dispatchFailed(CampaignRow campaign, CampaignFailureReason reason,
                                                        Instant at) {
        return CampaignDispatchFailed.newBuilder().setEventId(newId()).setOccurredAt(at)
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.campaignId().toString())
                .setReason(reason).setFailedAt(at).build();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
