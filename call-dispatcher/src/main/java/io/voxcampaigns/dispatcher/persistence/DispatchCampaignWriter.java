package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.domain.DispatchStatus;
import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.platform.retry.PolicyJson;

/**
 * Applies campaign.events to the dispatcher's campaign row, inside the consumer's transaction. Settings events carry
 * the complete settings and replace them. Status changes apply only where campaign-service decides alone (user
 * pause, resume, cancel, back to draft, terminal statuses); the transitions the dispatcher announced itself
 * (schedule reached, started, window pause and resume, drained) are already in its row, and their echoes arriving
 * later must not undo a newer local state. A terminal status is never left.
 *
 * <p>Events are applied in the order Kafka delivers them: campaign-service writes a campaign's events under its row
 * lock and the record key is the campaign id, so partition order is the order of the changes. Their occurred_at is
 * kept for reference only, never compared: two campaign-service replicas' clocks may disagree, and a cancel or a
 * resume stamped a few milliseconds "earlier" than the pause it follows must still apply.
 */
@ApplicationScoped
public class DispatchCampaignWriter {

    private static final String NOT_TERMINAL = "(status is null or status not in ('success', 'fail', 'canceled'))";
    private static final String UPSERT_SETTINGS = """
            insert into dispatch_campaign (campaign_id, organization_id, status, concurrency, agent_id, agent_version,
                from_number, presentation_number, scheduled_at, call_windows, timezone, auto_resume, blackout_dates,
                skip_holidays, total_tasks, settings_at, source_occurred_at, trace_parent, retry_policy,
                voicemail_action, purpose, max_calls_per_second)
            values (:id, :org, :status, :concurrency, :agentId, :agentVersion, :fromNumber, :presentationNumber,
                :scheduledAt, :windows, :timezone, :autoResume, :blackoutDates, :skipHolidays, :totalTasks, :now,
                :occurredAt, :traceParent, :retryPolicy, :voicemailAction, :purpose, :maxCallsPerSecond)
            on conflict (campaign_id) do update set
                concurrency = excluded.concurrency, agent_id = excluded.agent_id,
                agent_version = excluded.agent_version, from_number = excluded.from_number,
                presentation_number = excluded.presentation_number, scheduled_at = excluded.scheduled_at,
                call_windows = excluded.call_windows, timezone = excluded.timezone,
                auto_resume = excluded.auto_resume, blackout_dates = excluded.blackout_dates,
                skip_holidays = excluded.skip_holidays, total_tasks = excluded.total_tasks,
                retry_policy = excluded.retry_policy, voicemail_action = excluded.voicemail_action,
                purpose = excluded.purpose, max_calls_per_second = excluded.max_calls_per_second,
                settings_at = coalesce(dispatch_campaign.settings_at, excluded.settings_at),
                source_occurred_at = excluded.source_occurred_at,
                trace_parent = coalesce(dispatch_campaign.trace_parent, excluded.trace_parent),
                status = case
                    when dispatch_campaign.status is null then excluded.status
                    when excluded.status = 'draft' and dispatch_campaign.status not in ('success', 'fail', 'canceled')
                        then 'draft'
                    else dispatch_campaign.status end
            """;
    private static final String USER_PAUSED = "update dispatch_campaign set status = 'paused', paused_by = 'user', "
            + "pause_reason = null, source_occurred_at = :occurredAt where campaign_id = :id and " + NOT_TERMINAL;
    // A resume also forgets the runtime's refusals: the next ones start a new count towards a runtime pause.
    private static final String RESUMED = "update dispatch_campaign set status = :status, paused_by = null, "
            + "pause_reason = null, resume_on_open = false, open_announced = false, runtime_refused_since = null, "
            + "runtime_error = null, source_occurred_at = :occurredAt where campaign_id = :id and " + NOT_TERMINAL;
    private static final String RESUMED_OUTSIDE_WINDOW = "update dispatch_campaign set status = 'paused', "
            + "paused_by = 'system', pause_reason = 'window', resume_on_open = true, open_announced = false, "
            + "runtime_refused_since = null, runtime_error = null, source_occurred_at = :occurredAt "
            + "where campaign_id = :id and " + NOT_TERMINAL;
    private static final String STATUS = "update dispatch_campaign set status = :status, "
            + "source_occurred_at = :occurredAt where campaign_id = :id and " + NOT_TERMINAL;

    /**
     * Stores complete settings. The status is taken from the event only for a campaign seen for the first time
     * (created) and when an edit put it back to draft. {@code traceParent} (W3C, null: none) is kept from the first
     * settings event: the trace the campaign's call events continue. {@code policies}: the attempt policies the
     * settings carry, checked (they apply to the attempts that end from then on).
     */
    public Uni<Void> settings(String organizationId, UUID campaignId, CampaignSettings settings,
                              AttemptPolicies policies, DispatchStatus status, Instant occurredAt, Instant now,
                              String traceParent) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT_SETTINGS)
                .setParameter("id", campaignId)
                .setParameter("org", organizationId)
                .setParameter("status", status.value())
                .setParameter("concurrency", settings.getConcurrency())
                .setParameter("agentId", UUID.fromString(settings.getAgentId()))
                .setParameter("agentVersion", settings.getResolvedAgentVersion())
                .setParameter("fromNumber", settings.getFromNumber())
                .setParameter("presentationNumber", settings.getPresentationNumber())
                .setParameter("scheduledAt", settings.getScheduledAt())
                .setParameter("windows", WindowJson.of(settings.getCallTimeWindow().getWindows()))
                .setParameter("timezone", settings.getCallTimeWindow().getTimezone())
                .setParameter("autoResume", settings.getCallTimeWindow().getAutoResume())
                .setParameter("blackoutDates", WindowJson.dates(settings.getCallTimeWindow().getBlackoutDates()))
                .setParameter("skipHolidays", settings.getCallTimeWindow().getSkipHolidays())
                .setParameter("totalTasks", settings.getTotalTasks())
                .setParameter("now", now)
                .setParameter("occurredAt", occurredAt)
                .setParameter("traceParent", traceParent)
                .setParameter("retryPolicy", PolicyJson.of(policies.retryPolicy()))
                .setParameter("voicemailAction", PolicyJson.of(policies.voicemail()))
                .setParameter("purpose", settings.getPurpose().name())
                .setParameter("maxCallsPerSecond", settings.getMaxCallsPerSecond())
                .executeUpdate()
                .replaceWithVoid());
    }

    /** The user paused it: no call starts until the resume API, whatever the window does. */
    public Uni<Void> userPaused(UUID campaignId, Instant occurredAt) {
        return update(USER_PAUSED, campaignId, null, occurredAt);
    }

    /** The user resumed it; {@code paused} means outside every window: it starts when one opens. */
    public Uni<Void> resumed(UUID campaignId, DispatchStatus status, Instant occurredAt) {
        return status == DispatchStatus.PAUSED ? update(RESUMED_OUTSIDE_WINDOW, campaignId, null, occurredAt)
                : update(RESUMED, campaignId, status, occurredAt);
    }

    /** A status campaign-service decided alone: draft again, or terminal. */
    public Uni<Void> status(UUID campaignId, DispatchStatus status, Instant occurredAt) {
        return update(STATUS, campaignId, status, occurredAt);
    }

    private static Uni<Void> update(String sql, UUID campaignId, DispatchStatus status, Instant occurredAt) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql).setParameter("id", campaignId)
                    .setParameter("occurredAt", occurredAt);
            if (status != null) {
                query.setParameter("status", status.value());
            }
            return query.executeUpdate().replaceWithVoid();
        });
    }
}
