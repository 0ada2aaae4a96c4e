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
import io.voxcampaigns.campaign.domain.LineStatus;
import io.voxcampaigns.campaign.domain.NumberProvider;
import io.voxcampaigns.campaign.domain.NumberStatus;
import io.voxcampaigns.campaign.domain.NumberUsage;

/** A telephone number registered to an organisation. */
@Entity
@Table(name = "organization_number")
public class OrganizationNumber extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public String organizationId;

    @Column(name = "telephone_number", nullable = false, updatable = false)
    public String telephoneNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public NumberUsage usage;

    /** The approval state: ACTIVE (outbound), PENDING or APPROVED (presentation). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NumberStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public NumberProvider provider;

    /** The service status in vox's terms (vox's status field). */
    @Enumerated(EnumType.STRING)
    @Column(name = "line_status", nullable = false)
    public LineStatus lineStatus;

    @Column(name = "start_at", nullable = false)
    public Instant startAt;

    @Column(length = 200)
    public String memo;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
