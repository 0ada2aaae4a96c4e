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
import io.voxcampaigns.campaign.domain.TaskStatus;

/** One recipient of a campaign and the outcome of its latest call; inserted in bulk by {@link TaskInserter}. */
@Entity
@Table(name = "campaign_task")
public class CampaignTask extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public UUID campaignId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public String organizationId;

    @Column(nullable = false, updatable = false)
    public int seq;

    @Column(name = "to_number", nullable = false, updatable = false)
    public String toNumber;

    /** JSON text of an object of string values. */
    @Column(name = "dynamic_variables", nullable = false, updatable = false)
    public String dynamicVariables;

    /** JSON text of the client's metadata object, or null. */
    @Column(name = "metadata", updatable = false)
    public String metadata;

    @Column(name = "presentation_number", updatable = false)
    public String presentationNumber;

    /** The client's own id of the task (unique in the campaign), or null. */
    @Column(name = "external_id", updatable = false)
    public String externalId;

    /** The recipient consented to advertising calls between 21:00 and 08:00 Korean time. */
    @Column(name = "night_consent", nullable = false, updatable = false)
    public boolean nightConsent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_call_id")
    public String lastCallId;

    @Column(name = "last_outcome")
    public String lastOutcome;

    @Column(name = "last_disconnection_reason")
    public String lastDisconnectionReason;

    /** When the retry the dispatcher scheduled is due; null when none waits. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** The outcome of each attempt that ended, oldest first: a JSON array of {@code AttemptResult}. */
    @Column(name = "attempt_outcomes", nullable = false)
    public String attemptOutcomes;

    /** Why the task got no further attempt (not_retried, last_attempt, expired); null otherwise. */
    @Column(name = "exhausted_cause")
    public String exhaustedCause;

    /** Why a canceled task was canceled: campaign_ended or suppressed; null otherwise. */
    @Column(name = "cancel_reason")
    public String cancelReason;

    /** Why the dispatcher passes over the queued task (TaskHeld: frequency_cap) until heldUntil; null when it does not. */
    @Column(name = "held_reason")
    public String heldReason;

    @Column(name = "held_until")
    public Instant heldUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
