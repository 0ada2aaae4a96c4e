package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A number on an organisation's suppression list (unique per organisation and number), in domestic digits; written
 * by {@link SuppressionRepository}'s statements, read as an entity. {@code id} keys the list's pages.
 */
@Entity
@Table(name = "suppression")
public class Suppression extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public String organizationId;

    @Column(nullable = false, updatable = false)
    public String number;

    public String reason;

    @Column(nullable = false)
    public String source;

    /** When the suppression ends; null: never. A row past it counts as absent. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
