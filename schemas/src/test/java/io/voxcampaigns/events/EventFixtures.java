package io.voxcampaigns.events;

import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.apikey.ApiKeyRevoked;
import io.voxcampaigns.events.apikey.ApiKeyUsed;
import io.voxcampaigns.events.audit.AuditEventRecorded;
import io.voxcampaigns.events.audit.AuditOutcome;
import io.voxcampaigns.events.agent.AgentDeleted;
import io.voxcampaigns.events.agent.AgentUpdated;
import io.voxcampaigns.events.agent.AgentVersionPublished;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDispatchFailed;
import io.voxcampaigns.events.call.CampaignDispatchStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.call.CampaignRuntimeAvailable;
import io.voxcampaigns.events.call.CampaignRuntimeUnavailable;
import io.voxcampaigns.events.call.CampaignScheduleReached;
import io.voxcampaigns.events.call.CampaignWindowClosed;
import io.voxcampaigns.events.call.CampaignWindowOpened;
import io.voxcampaigns.events.call.TaskExhausted;
import io.voxcampaigns.events.call.TaskRequeued;
import io.voxcampaigns.events.call.TaskHeld;
import io.voxcampaigns.events.call.CampaignThrottled;
import io.voxcampaigns.events.call.NumberOptedOut;
import io.voxcampaigns.events.common.CancelReason;
import io.voxcampaigns.events.common.TaskHoldReason;
import io.voxcampaigns.events.common.ThrottleReason;
import io.voxcampaigns.events.suppression.SuppressionsChanged;
import io.voxcampaigns.events.call.TaskRetryScheduled;
import io.voxcampaigns.events.campaign.CampaignCanceled;
import io.voxcampaigns.events.campaign.CampaignCountersChanged;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.campaign.CampaignResumed;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.common.AgentSnapshot;
import io.voxcampaigns.events.common.AgentType;
import io.voxcampaigns.events.common.AgentVersionInfo;
import io.voxcampaigns.events.common.CallSettings;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.CallPurpose;
import io.voxcampaigns.events.common.CallTimeWindow;
import io.voxcampaigns.events.common.CampaignFailureReason;
import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.common.PauseReason;
import io.voxcampaigns.events.common.PausedBy;
import io.voxcampaigns.events.common.RetryPolicy;
import io.voxcampaigns.events.common.RetrySpacing;
import io.voxcampaigns.events.common.RetrySpacingType;
import io.voxcampaigns.events.common.TaskExhaustedCause;
import io.voxcampaigns.events.common.TaskRequeueReason;
import io.voxcampaigns.events.common.TimeWindow;
import io.voxcampaigns.events.common.VoicemailAction;
import io.voxcampaigns.events.common.VoicemailActionType;
import io.voxcampaigns.events.common.Weekday;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.events.task.TasksRequeued;
import io.voxcampaigns.events.task.TaskItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** One fully populated instance of every catalogued event: every field set, nullable ones non-null, no defaults. */
public final class EventFixtures {

    public static final String ORGANIZATION_ID = "org-5a1d";
    public static final String AGENT_ID = "7f0c9a52-3b8e-4d6f-9b1a-2c4e6f8a0b1c";
    public static final String CAMPAIGN_ID = "c3d1e2f0-1a2b-4c5d-8e9f-0a1b2c3d4e5f";
    public static final Instant OCCURRED_AT = Instant.parse("2025-03-14T01:02:03.456Z");

    private EventFixtures() {
    }

    /** One instance of each catalogued event, in EventCatalog order. */
    public static List<SpecificRecord> all() {
        return List.of(agentCreated(), agentUpdated(), agentVersionPublished(), agentDeleted(),
                campaignCreated(), campaignUpdated(), campaignPaused(), campaignResumed(), campaignCanceled(),
                campaignStatusChanged(), campaignCountersChanged(),
                taskBatch(), tasksRequeued(),
                callStarted(), callEnded(), campaignDispatchStarted(), campaignScheduleReached(),
                campaignWindowClosed(), campaignWindowOpened(), campaignDrained(), campaignDispatchFailed(),
                campaignRuntimeUnavailable(), campaignRuntimeAvailable(), taskRetryScheduled(), taskExhausted(),
                taskRequeued(), taskHeld(), campaignThrottled(), numberOptedOut(), suppressionsChanged(),
                apiKeyRevoked(), auditEventRecorded(), apiKeyUsed());
    }

    public static AgentCreated agentCreated() {
        return AgentCreated.newBuilder().setEventId("e-agent-created").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setAgentId(AGENT_ID).setAgent(agentSnapshot()).build();
    }

    public static AgentUpdated agentUpdated() {
        return AgentUpdated.newBuilder().setEventId("e-agent-updated").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setAgentId(AGENT_ID).setAgent(agentSnapshot()).build();
    }

    public static AgentVersionPublished agentVersionPublished() {
        return AgentVersionPublished.newBuilder().setEventId("e-agent-published").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setAgentId(AGENT_ID).setVersion("v2").setPreviousVersion("v1")
                .setAgent(agentSnapshot()).build();
    }

    public static AgentDeleted agentDeleted() {
        return AgentDeleted.newBuilder().setEventId("e-agent-deleted").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setAgentId(AGENT_ID).setAgent(agentSnapshot()).build();
    }

    public static CampaignCreated campaignCreated() {
        return CampaignCreated.newBuilder().setEventId("e-campaign-created").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setSettings(campaignSettings())
                .setStatus(CampaignStatus.draft).build();
    }

    public static CampaignUpdated campaignUpdated() {
        return CampaignUpdated.newBuilder().setEventId("e-campaign-updated").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setSettings(campaignSettings())
                .setStatus(CampaignStatus.ongoing).build();
    }

    public static CampaignPaused campaignPaused() {
        return CampaignPaused.newBuilder().setEventId("e-campaign-paused").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setPausedBy(PausedBy.system)
                .setPausedAt(at(11)).setReason(PauseReason.call_time_window).build();
    }

    public static CampaignResumed campaignResumed() {
        return CampaignResumed.newBuilder().setEventId("e-campaign-resumed").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setStatus(CampaignStatus.pending)
                .build();
    }

    public static CampaignCanceled campaignCanceled() {
        return CampaignCanceled.newBuilder().setEventId("e-campaign-canceled").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setCanceledAt(at(12)).build();
    }

    public static CampaignStatusChanged campaignStatusChanged() {
        return CampaignStatusChanged.newBuilder().setEventId("e-campaign-status").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID)
                .setPreviousStatus(CampaignStatus.paused).setStatus(CampaignStatus.fail)
                .setPausedBy(PausedBy.user).setFailureReason(CampaignFailureReason.from_number_revoked)
                .setFinishedAt(at(13)).build();
    }

    public static CampaignCountersChanged campaignCountersChanged() {
        return CampaignCountersChanged.newBuilder().setEventId("e-campaign-counters").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setTotalCalls(1200)
                .setCompletedCalls(345).setFailedCalls(67).setActiveConcurrency(8).build();
    }

    public static TaskBatch taskBatch() {
        return TaskBatch.newBuilder().setEventId("e-task-batch").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setBatchIndex(2).setBatchCount(5)
                .setTasks(List.of(taskItem("t-1", "01012345678"), taskItem("t-2", "0212345678"))).build();
    }

    public static CallStarted callStarted() {
        return CallStarted.newBuilder().setEventId("e-call-started").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setCallId("call-1").setTaskId("t-1")
                .setAttemptId("t-1#1").setToNumber("01012345678").setFromNumber("0215880000").setAgentId(AGENT_ID)
                .setAgentVersion("v2").setStartedAt(at(21)).setRingingAt(at(23)).setConnectedAt(at(24)).setAttempt(2)
                .build();
    }

    public static CallEnded callEnded() {
        return CallEnded.newBuilder().setEventId("e-call-ended").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setCallId("call-1").setTaskId("t-1")
                .setAttemptId("t-1#1").setStatus(CallStatus.not_connected)
                .setDisconnectionReason(DisconnectionReason.dial_busy).setStartedAt(at(21)).setEndedAt(at(22))
                .setDurationMs(61_234L).setRingingAt(at(23)).setConnectedAt(at(24)).setAttempt(2).setRetryScheduled(true)
                // every field set for the serde tests; the dispatcher sets cancel_reason on canceled outcomes only
                .setCancelReason(CancelReason.suppressed).build();
    }

    public static CampaignDispatchStarted campaignDispatchStarted() {
        return CampaignDispatchStarted.newBuilder().setEventId("e-dispatch-started").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setStartedAt(at(31)).build();
    }

    public static CampaignScheduleReached campaignScheduleReached() {
        return CampaignScheduleReached.newBuilder().setEventId("e-schedule-reached").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setScheduledAt(at(32)).build();
    }

    public static CampaignWindowClosed campaignWindowClosed() {
        return CampaignWindowClosed.newBuilder().setEventId("e-window-closed").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setClosedAt(at(33))
                .setNextOpeningAt(at(34)).build();
    }

    public static CampaignWindowOpened campaignWindowOpened() {
        return CampaignWindowOpened.newBuilder().setEventId("e-window-opened").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setOpenedAt(at(35))
                .setAutoResume(true).build();
    }

    public static CampaignDrained campaignDrained() {
        return CampaignDrained.newBuilder().setEventId("e-drained").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setDrainedAt(at(36)).build();
    }

    public static CampaignDispatchFailed campaignDispatchFailed() {
        return CampaignDispatchFailed.newBuilder().setEventId("e-dispatch-failed").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID)
                .setReason(CampaignFailureReason.agent_deleted).setFailedAt(at(37)).build();
    }

    public static CampaignRuntimeUnavailable campaignRuntimeUnavailable() {
        return CampaignRuntimeUnavailable.newBuilder().setEventId("e-runtime-unavailable").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setUnavailableSince(at(38))
                .setLastError("HTTP 503 from POST /v3/calls").build();
    }

    public static CampaignRuntimeAvailable campaignRuntimeAvailable() {
        return CampaignRuntimeAvailable.newBuilder().setEventId("e-runtime-available").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setAvailableAt(at(39)).build();
    }

    public static TaskRetryScheduled taskRetryScheduled() {
        return TaskRetryScheduled.newBuilder().setEventId("e-retry-scheduled").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setTaskId("t-1").setCallId("call-1")
                .setAttempt(3).setDueAt(at(50)).setStatus(CallStatus.not_connected)
                .setDisconnectionReason(DisconnectionReason.dial_busy).build();
    }

    public static TaskExhausted taskExhausted() {
        return TaskExhausted.newBuilder().setEventId("e-task-exhausted").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setTaskId("t-1").setAttempts(3)
                .setCause(TaskExhaustedCause.last_attempt).setExhaustedAt(at(51)).build();
    }

    public static TasksRequeued tasksRequeued() {
        return TasksRequeued.newBuilder().setEventId("e-tasks-requeued").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setTaskIds(List.of("t-1", "t-2"))
                .setDueAt(at(52)).setReason(TaskRequeueReason.callback).build();
    }

    public static TaskRequeued taskRequeued() {
        return TaskRequeued.newBuilder().setEventId("e-task-requeued").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setTaskId("t-1").setAttempt(4)
                .setDueAt(at(52)).setReason(TaskRequeueReason.rerun).build();
    }

    public static TaskHeld taskHeld() {
        return TaskHeld.newBuilder().setEventId("e-task-held").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setTaskId("t-1")
                .setReason(TaskHoldReason.frequency_cap).setUntil(at(53)).build();
    }

    public static CampaignThrottled campaignThrottled() {
        return CampaignThrottled.newBuilder().setEventId("e-campaign-throttled").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setReason(ThrottleReason.org_pool_full)
                .build();
    }

    public static NumberOptedOut numberOptedOut() {
        return NumberOptedOut.newBuilder().setEventId("e-number-opted-out").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setCampaignId(CAMPAIGN_ID).setCallId("call-1").setTaskId("t-1")
                .setNumber("+821012345678").setSource("call_analysis.opt_out").build();
    }

    public static SuppressionsChanged suppressionsChanged() {
        return SuppressionsChanged.newBuilder().setEventId("e-suppressions-changed").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID)
                .setAdded(List.of("+821012345678", "+14155550100")).setExpiresAt(at(54))
                .setRemoved(List.of("+821098765432")).build();
    }

    public static ApiKeyRevoked apiKeyRevoked() {
        return ApiKeyRevoked.newBuilder().setEventId("e-api-key-revoked").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setKeyId("key-1").setRevokedAt(at(55)).build();
    }

    public static AuditEventRecorded auditEventRecorded() {
        return AuditEventRecorded.newBuilder().setEventId("e-audit-event-recorded").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setApiKeyId("key-1").setService("campaign-service")
                .setMethod("POST").setPath("/v3/campaigns/" + CAMPAIGN_ID + "/pause").setResourceType("campaign")
                .setResourceId(CAMPAIGN_ID).setAction("post").setChangedFields(List.of("status"))
                .setOutcome(AuditOutcome.rejected).setStatus(409).build();
    }

    public static ApiKeyUsed apiKeyUsed() {
        return ApiKeyUsed.newBuilder().setEventId("e-api-key-used").setOccurredAt(OCCURRED_AT)
                .setOrganizationId(ORGANIZATION_ID).setKeyId("key-1").setService("call-dispatcher")
                .setLastUsedAt(at(54)).build();
    }

    private static AgentSnapshot agentSnapshot() {
        return AgentSnapshot.newBuilder().setAgentId(AGENT_ID).setName("Reservation reminder")
                .setType(AgentType.flow).setCurrentCallSettings(callSettings(40, 600)).setProductionVersion("v2")
                .setVersions(List.of(agentVersion("v1", 30, 300, 1), agentVersion("v2", 45, 900, 2)))
                .setCreatedAt(at(1)).setUpdatedAt(at(3)).build();
    }

    private static AgentVersionInfo agentVersion(String label, int ring, int timeout, int minutes) {
        return AgentVersionInfo.newBuilder().setLabel(label).setCallSettings(callSettings(ring, timeout))
                .setCreatedAt(at(minutes)).build();
    }

    private static CallSettings callSettings(int ringSeconds, int timeoutSeconds) {
        return CallSettings.newBuilder().setRingDurationSeconds(ringSeconds).setCallTimeoutSeconds(timeoutSeconds)
                .build();
    }

    private static CampaignSettings campaignSettings() {
        return CampaignSettings.newBuilder().setName("Spring promotion").setAgentId(AGENT_ID)
                .setAgentVersion("production").setResolvedAgentVersion("v2").setFromNumber("0215880000")
                .setPresentationNumber("0215881111").setConcurrency(7).setScheduledAt(at(5))
                .setCallTimeWindow(CallTimeWindow.newBuilder()
                        .setWindows(List.of(
                                timeWindow(540, 720, Weekday.Monday, Weekday.Wednesday),
                                timeWindow(780, 1200, Weekday.Saturday)))
                        .setTimezone("America/New_York").setAutoResume(true)
                        .setBlackoutDates(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31)))
                        .setSkipHolidays("KR").build())
                .setTotalTasks(1200)
                .setRetryPolicy(RetryPolicy.newBuilder().setMaxAttempts(3)
                        .setRetryOn(List.of(DisconnectionReason.dial_busy, DisconnectionReason.dial_no_answer))
                        .setSpacing(RetrySpacing.newBuilder().setType(RetrySpacingType.exponential)
                                .setInitialSeconds(600).setMaxSeconds(3600).setJitter(0.2).build())
                        .setDeadlineAt(at(60)).build())
                .setVoicemailAction(VoicemailAction.newBuilder().setType(VoicemailActionType.leave_message)
                        .setMessage("Please call us back").build())
                .setPurpose(CallPurpose.debt_collection).setMaxCallsPerSecond(12.5)
                .build();
    }

    private static TimeWindow timeWindow(int startMin, int endMin, Weekday... days) {
        return TimeWindow.newBuilder().setStartMin(startMin).setEndMin(endMin).setDays(List.of(days)).build();
    }

    private static TaskItem taskItem(String taskId, String callTo) {
        return TaskItem.newBuilder().setTaskId(taskId).setCallTo(callTo)
                .setDynamicVariables(Map.of("customer_name", "Kim Minji", "visit_date", "2025-03-20"))
                .setMetadataJson("{\"crm_id\":\"" + taskId + "-crm\"}").setPresentationNumber("0215882222")
                .setNightConsent(true).build();
    }

    private static Instant at(int minutes) {
        return OCCURRED_AT.plusSeconds(60L * minutes);
    }
}
