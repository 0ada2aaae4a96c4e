package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Row;
import io.voxcampaigns.dispatcher.domain.AgentState;
import io.voxcampaigns.dispatcher.domain.CampaignSnapshot;
import io.voxcampaigns.dispatcher.domain.DispatchStatus;
import io.voxcampaigns.dispatcher.domain.PauseOrigin;
import io.voxcampaigns.dispatcher.domain.StartPace;
import io.voxcampaigns.dispatcher.domain.SystemPause;
import io.voxcampaigns.events.common.CampaignFailureReason;
import io.voxcampaigns.platform.retry.PolicyJson;
import io.voxcampaigns.platform.retry.RetryPolicy;
import io.voxcampaigns.platform.retry.RetryScheduler;
import io.voxcampaigns.platform.retry.VoicemailAction;
import io.voxcampaigns.platform.schedule.CallPurpose;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.Closure;
import io.voxcampaigns.platform.schedule.ContactCap;
import io.voxcampaigns.platform.schedule.HolidayCalendars;

/**
 * A dispatch_campaign row joined with its agent's read model, as read under the row lock; {@code window} is the
 * campaign's hours for its purpose (its windows within the legal hours), null until its settings are known;
 * {@code pace} its max_calls_per_second and when its next call may start (null: no limit); {@code throttleReason}
 * what held it below the calls it could start when last recorded (null: nothing).
 */
public record CampaignRow(UUID campaignId, String organizationId, DispatchStatus status, PauseOrigin pausedBy,
                          boolean resumeOnOpen, boolean openAnnounced, boolean started, Instant scheduledAt,
                          CallingHours window, int concurrency, int inProgress, int storedTasks, int terminalTasks,
                          int totalTasks, Instant drainedAt, UUID agentId, String agentVersion, String fromNumber,
                          String presentationNumber, Instant settingsAt, CampaignFailureReason failureReason,
                          boolean failureAnnounced, AgentState agent, Integer ringSeconds, Integer timeoutSeconds,
                          String traceParent, SystemPause systemPause, Instant runtimeRefusedSince,
                          String runtimeError, RetryPolicy retryPolicy, VoicemailAction voicemail,
                          boolean retriesWaiting, boolean requeuesPending, CallPurpose purpose,
                          boolean nightConsentQueued, StartPace pace, String throttleReason) {

    static CampaignRow from(Row row, HolidayCalendars calendars) {
        boolean settingsKnown = row.getValue("settings_at") != null;
        String failure = row.getString("failure_reason");
        Integer total = row.getInteger("total_tasks");
        Integer concurrency = row.getInteger("concurrency");
        CallPurpose purpose = CallPurpose.parse(row.getString("purpose")).orElseThrow(
                () -> new IllegalStateException("stored purpose " + row.getString("purpose")));
        return new CampaignRow(row.getUUID("campaign_id"), row.getString("organization_id"),
                row.getString("status") == null ? null : DispatchStatus.of(row.getString("status")),
                PauseOrigin.of(row.getString("paused_by")),
                row.getBoolean("resume_on_open"), row.getBoolean("open_announced"), row.getBoolean("started"),
                SqlTime.instant(row.getOffsetDateTime("scheduled_at")),
                settingsKnown ? WindowJson.window(row.getString("call_windows"), row.getString("timezone"),
                        row.getBoolean("auto_resume"), row.getString("blackout_dates"), row.getString("skip_holidays"),
                        calendars).forPurpose(purpose) : null,
                concurrency == null ? 0 : concurrency, row.getInteger("in_progress"), row.getInteger("tasks_stored"),
                row.getInteger("tasks_terminal"), total == null ? 0 : total,
                SqlTime.instant(row.getOffsetDateTime("drained_at")), row.getUUID("agent_id"),
                row.getString("agent_version"), row.getString("from_number"), row.getString("presentation_number"),
                SqlTime.instant(row.getOffsetDateTime("settings_at")),
                failure == null ? null : CampaignFailureReason.valueOf(failure), row.getBoolean("failure_announced"),
                agentState(row), row.getInteger("ring_seconds"), row.getInteger("timeout_seconds"),
                row.getString("trace_parent"), SystemPause.of(row.getString("pause_reason")),
                SqlTime.instant(row.getOffsetDateTime("runtime_refused_since")), row.getString("runtime_error"),
                PolicyJson.retryPolicy(row.getString("retry_policy")),
                PolicyJson.voicemail(row.getString("voicemail_action")), row.getBoolean("retries_waiting"),
                row.getBoolean("requeues_pending"), purpose, row.getBoolean("night_consent_queued"), pace(row),
                row.getString("throttle_reason"));
    }

    private static StartPace pace(Row row) {
        Double perSecond = row.getDouble("max_calls_per_second");
        return perSecond == null ? null
                : new StartPace(perSecond, SqlTime.instant(row.getOffsetDateTime("pace_next_at")));
    }

    private static AgentState agentState(Row row) {
        Boolean deleted = row.getBoolean("agent_deleted");
        if (Boolean.TRUE.equals(deleted)) {
            return AgentState.DELETED;
        }
        return deleted == null || row.getValue("ring_seconds") == null ? AgentState.UNKNOWN : AgentState.KNOWN;
    }

    /**
     * This row after the round's attempt updates: {@code ended} attempts freed their slots, {@code terminal} tasks
     * ended (the others of the ended attempts wait for a retry), {@code placed} ones were announced as started, and
     * the runtime's refusals stand as given.
     */
    public CampaignRow afterAttempts(int ended, int terminal, boolean placed, Instant refusedSince, String refusal) {
        return new CampaignRow(campaignId, organizationId,
                placed && status == DispatchStatus.PENDING ? DispatchStatus.ONGOING : status, pausedBy, resumeOnOpen,
                openAnnounced, started || placed, scheduledAt, window, concurrency, inProgress - ended, storedTasks,
                terminalTasks + terminal, totalTasks, drainedAt, agentId, agentVersion, fromNumber, presentationNumber,
                settingsAt, failureReason, failureAnnounced, agent, ringSeconds, timeoutSeconds, traceParent,
                systemPause, refusedSince, refusal, retryPolicy, voicemail, retriesWaiting, requeuesPending, purpose,
                nightConsentQueued, pace, throttleReason);
    }

    /**
     * Whether the campaign may have tasks waiting for a retry: it has a policy (a round may schedule some), or some
     * waited when the row was locked (scheduled before a PATCH removed the policy; they are still made), or tasks were
     * asked for one more attempt (a callback, a re-run: {@code requeuesPending}). Claims and
     * the wake-up timer ask for due retries only then, so a campaign without retries pays no query for them.
     */
    public boolean mayHaveRetries() {
        return retryPolicy != null || retriesWaiting || requeuesPending;
    }

    /** The retry rules of the campaign: its policy (one attempt when it set none), voicemail action and window. */
    public RetryScheduler retries() {
        return RetryScheduler.of(retryPolicy, voicemail, window);
    }

    /** How often the campaign's purpose lets one number be called, or null. */
    public ContactCap contactCap() {
        return purpose.contactCap().orElse(null);
    }

    /**
     * Whether only tasks with night consent may start at {@code now}: an advertising campaign with such tasks queued,
     * at an instant its windows allow and the legal hours do not.
     */
    public boolean nightConsentOnly(Instant now) {
        return nightConsentQueued && window != null && window.closure(now) == Closure.LEGAL_HOURS;
    }

    /**
     * The hours the round decides by: an advertising campaign with night-consent tasks queued may call them whenever
     * its windows allow ({@link #nightConsentOnly}); any other campaign by its hours for its purpose.
     */
    private CallingHours decisionHours() {
        return nightConsentQueued ? window.forPurpose(CallPurpose.GENERAL) : window;
    }

    /** The decision's view of this row. */
    public CampaignSnapshot snapshot() {
        return new CampaignSnapshot(settingsAt != null, status, pausedBy, resumeOnOpen, openAnnounced, started,
                scheduledAt, settingsAt == null ? null : decisionHours(), concurrency, inProgress, storedTasks,
                terminalTasks, totalTasks, drainedAt != null, agent, settingsAt, failureReason, failureAnnounced,
                systemPause, runtimeRefusedSince, requeuesPending, pace);
    }
}
