package io.voxcampaigns.campaign.domain;

import java.time.Instant;

import io.voxcampaigns.platform.schedule.CallingHours;

/**
 * Why a queued task is not being dialled now (the tasks API's {@code waiting_reason}; docs/api.md, "waiting_reason").
 * No reason means it may be dialled now and waits only for its turn (a free slot, the pace). The rules are the
 * dispatcher's: the same calling hours ({@link CallingHours}) and the campaign's status, read at the instant of the
 * request.
 */
public enum WaitReason implements ApiValue {
    /** The campaign is a draft: scheduled_at lies ahead. */
    SCHEDULED,
    /** The pause API paused the campaign. */
    CAMPAIGN_PAUSED,
    /** The dispatcher paused the campaign: the voice runtime refused its calls for too long. */
    VOICE_RUNTIME_UNAVAILABLE,
    /** Today, in the window's zone, is one of the campaign's blackout dates. */
    BLACKOUT_DATE,
    /** Today, in the window's zone, is a public holiday of the calendar the campaign skips. */
    HOLIDAY,
    /** No weekly window of the campaign is open now. */
    CALL_TIME_WINDOW,
    /** A window is open, but the law does not let the campaign's purpose call now (21:00-08:00 Korean time). */
    LEGAL_HOURS,
    /** The task's next attempt (a retry or a callback) is due later: next_attempt_at. */
    NOT_DUE,
    /** The task's number is on the organisation's suppression list: the dispatcher cancels it when it reaches it. */
    SUPPRESSED,
    /** The dispatcher passes over the task until waiting_until: its number reached a contact-frequency cap. */
    FREQUENCY_CAP,
    /** The task may be dialled, but the organisation's concurrency pool (or the campaign's share of it) is full. */
    ORG_POOL_FULL,
    /** The task may be dialled, but a start-rate limit (the campaign's, the organisation's or the number's) holds it. */
    PACING;

    /** What the task knows of itself for its waiting reason. */
    public record TaskWait(TaskStatus status, Instant nextAttemptAt, boolean nightConsent, boolean suppressed,
                           Instant heldUntil) {
    }

    /** The reason a stored CampaignThrottled reason names (org_pool_full, pacing), or null. */
    public static WaitReason throttle(String storedReason) {
        if (ORG_POOL_FULL.value().equals(storedReason)) {
            return ORG_POOL_FULL;
        }
        return PACING.value().equals(storedReason) ? PACING : null;
    }

    /**
     * What holds back every queued task of a campaign now, or null when nothing does; null as well for a finished
     * campaign (its tasks are never dialled again). {@code hours} are the campaign's hours for its purpose.
     */
    public static WaitReason ofCampaign(CampaignPhase status, Pauser pausedBy, PauseReason pauseReason,
                                        CallingHours hours, Instant now) {
        if (status.isTerminal()) {
            return null;
        }
        if (status == CampaignPhase.DRAFT) {
            return SCHEDULED;
        }
        if (pausedBy == Pauser.USER) {
            return CAMPAIGN_PAUSED;
        }
        if (pauseReason == PauseReason.VOICE_RUNTIME_UNAVAILABLE) {
            return VOICE_RUNTIME_UNAVAILABLE;
        }
        return switch (hours.closure(now)) {
            case OPEN -> null;
            case BLACKOUT_DATE -> BLACKOUT_DATE;
            case HOLIDAY -> HOLIDAY;
            case OUTSIDE_WINDOWS -> CALL_TIME_WINDOW;
            case LEGAL_HOURS -> LEGAL_HOURS;
        };
    }

    /**
     * Why this task is not being dialled now, given {@code campaign} (from {@link #ofCampaign}); null when it is not
     * queued, or may be dialled now. {@code nightConsent}: the task of an advertising campaign may be called outside
     * the legal hours.
     */
    public static WaitReason ofTask(WaitReason campaign, TaskStatus status, Instant nextAttemptAt,
                                    boolean nightConsent, Instant now) {
        if (status != TaskStatus.QUEUED) {
            return null;
        }
        if (campaign != null && !(campaign == LEGAL_HOURS && nightConsent)) {
            return campaign;
        }
        return nextAttemptAt != null && nextAttemptAt.isAfter(now) ? NOT_DUE : null;
    }

    /**
     * Why this task is not being dialled now, the first that applies: its number is suppressed; what holds back the
     * campaign ({@code campaign}, from {@link #ofCampaign}); its next attempt is not due; the dispatcher holds it
     * (frequency cap) until a later instant; the campaign is throttled ({@code throttle}, from {@link #throttle}).
     * Null when it is not queued, or may be dialled now and waits only for its turn.
     */
    public static WaitReason ofTask(WaitReason campaign, WaitReason throttle, TaskWait task, Instant now) {
        if (task.status() != TaskStatus.QUEUED) {
            return null;
        }
        if (task.suppressed()) {
            return SUPPRESSED;
        }
        WaitReason reason = ofTask(campaign, task.status(), task.nextAttemptAt(), task.nightConsent(), now);
        if (reason != null) {
            return reason;
        }
        return task.heldUntil() != null && task.heldUntil().isAfter(now) ? FREQUENCY_CAP : throttle;
    }
}
