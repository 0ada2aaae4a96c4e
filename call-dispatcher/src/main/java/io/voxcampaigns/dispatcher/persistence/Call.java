package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One dialling attempt of a task (its call, queued until the recipient answered), or a task canceled before it was
 * dialled (status canceled). Read-only here: the lifecycle changes in a dispatch round, the call's data
 * ({@link CallDataWriter}) when the runtime reports it.
 */
@Entity
@Table(name = "call")
public class Call extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public String organizationId;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public UUID campaignId;

    @Column(name = "task_id", nullable = false, updatable = false)
    public UUID taskId;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    public UUID attemptId;

    /** The task's attempt this call is: 1 for the first, one more for each retry. */
    @Column(name = "attempt", nullable = false, updatable = false)
    public int attempt;

    @Column(name = "to_number", nullable = false, updatable = false)
    public String toNumber;

    @Column(name = "from_number", nullable = false, updatable = false)
    public String fromNumber;

    @Column(name = "presentation_number", updatable = false)
    public String presentationNumber;

    @Column(name = "agent_id", updatable = false)
    public UUID agentId;

    @Column(name = "agent_version", updatable = false)
    public String agentVersion;

    /** JSON object of strings. */
    @Column(name = "dynamic_variables", updatable = false)
    public String dynamicVariables;

    /** JSON object, or null. */
    @Column(updatable = false)
    public String metadata;

    @Column(nullable = false)
    public String status;

    @Column(name = "disconnection_reason")
    public String disconnectionReason;

    /** When the recipient answered (vox's start_at); null while queued or ringing and when never connected. */
    @Column(name = "start_at")
    public Instant startAt;

    /** When the voice runtime took the call. */
    @Column(name = "placed_at")
    public Instant placedAt;

    /** When the runtime reported the recipient's phone ringing. */
    @Column(name = "ringing_at")
    public Instant ringingAt;

    /** JSON array, or null (not reported, or the agent opted out). */
    public String transcript;

    @Column(name = "recording_url")
    public String recordingUrl;

    /** JSON object, or null. */
    @Column(name = "call_analysis")
    public String callAnalysis;

    /** JSON object, or null. */
    @Column(name = "call_cost")
    public String callCost;

    @Column(name = "opt_out_sensitive_data_storage", nullable = false)
    public boolean optOutSensitiveDataStorage;

    @Column(name = "end_at")
    public Instant endAt;

    @Column(name = "duration_ms")
    public long durationMs;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Attempt lifecycle: claimed, placing, placed or ended. */
    @Column(nullable = false)
    public String phase;

    /** Placement requests sent for this attempt. */
    @Column(nullable = false)
    public int requests;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_request_at")
    public Instant nextRequestAt;

    @Column(name = "runtime_call_id")
    public String runtimeCallId;
}
