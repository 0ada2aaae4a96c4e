package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voxcampaigns.campaign.domain.CampaignPhase;
import io.voxcampaigns.campaign.domain.PauseReason;
import io.voxcampaigns.campaign.domain.Pauser;
import io.voxcampaigns.platform.schedule.CallPurpose;

/** A campaign: its settings, status and counters. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public String organizationId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignPhase status;

    @Column(name = "agent_id", nullable = false, updatable = false)
    public UUID agentId;

    /** As the client sent it: current, production or v{n}. */
    @Column(name = "agent_version", nullable = false, updatable = false)
    public String agentVersion;

    /** Fixed at creation: current or v{n}. */
    @Column(name = "resolved_agent_version", nullable = false, updatable = false)
    public String resolvedAgentVersion;

    @Column(name = "from_number", nullable = false, updatable = false)
    public String fromNumber;

    @Column(name = "presentation_number")
    public String presentationNumber;

    @Column(nullable = false)
    public int concurrency;

    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    /** The most calls started per second, evenly spaced; null: no limit. */
    @Column(name = "max_calls_per_second")
    public Double maxCallsPerSecond;

    /** What the calls are for; fixed at creation. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CallPurpose purpose = CallPurpose.GENERAL;

    /** The call_time_window object as the API shows it, JSON text; null when none was set (the default applies). */
    @Column(name = "call_time_window")
    public String callTimeWindow;

    /** retry_policy as {@code PolicyJson} stores it; null when not set (one attempt per task). */
    @Column(name = "retry_policy")
    public String retryPolicy;

    /** voicemail_action as {@code PolicyJson} stores it; null when not set (hang up). */
    @Column(name = "voicemail_action")
    public String voicemailAction;

    /** The number of tasks: the create request's, plus those appended since. */
    @Column(name = "total_calls", nullable = false)
    public int totalCalls;

    /** How many TaskBatch records the tasks were published in so far; an append continues the numbering. */
    @Column(name = "task_batches", nullable = false)
    public int taskBatches;

    @Column(name = "completed_calls", nullable = false)
    public int completedCalls;

    @Column(name = "failed_calls", nullable = false)
    public int failedCalls;

    @Column(name = "active_concurrency", nullable = false)
    public int activeConcurrency;

    @Column(name = "paused_at")
    public Instant pausedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_by")
    public Pauser pausedBy;

    /** Why it is paused; null when it is not. */
    @Enumerated(EnumType.STRING)
    @Column(name = "pause_reason")
    public PauseReason pauseReason;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Why the dispatcher failed the campaign (a CampaignFailureReason symbol), or null. */
    @Column(name = "failure_reason")
    public String failureReason;

    /** What holds the running campaign below the calls it could start (CampaignThrottled): org_pool_full, pacing; null: nothing. */
    @Column(name = "throttle_reason")
    public String throttleReason;

    /** When the first call started; null while the campaign never called. */
    @Column(name = "first_call_at")
    public Instant firstCallAt;

    /** The counters changed since the last CampaignCountersChanged was written. */
    @Column(name = "counters_dirty", nullable = false)
    public boolean countersDirty;

    @Column(name = "counters_published_at")
    public Instant countersPublishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
