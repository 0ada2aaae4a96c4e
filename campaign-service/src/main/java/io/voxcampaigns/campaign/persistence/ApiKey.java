package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An API key issued through the API: its id (the jti claim) and claims, never the signed token. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    /** The key id, the token's jti claim; also keys the list's pages. */
    @Id
    @Column(name = "key_id")
    public UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public String organizationId;

    @Column(nullable = false, updatable = false)
    public String name;

    /** The scopes (groups claim), comma-separated in the order they were asked for. */
    @Column(nullable = false, updatable = false)
    public String scopes;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    /** When the key was revoked; null while it is not. */
    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** When the key last authenticated a request on any service, as reported on api-key.usage; null: never. */
    @Column(name = "last_used_at", insertable = false, updatable = false)
    public Instant lastUsedAt;

    public List<String> scopeList() {
        return Arrays.asList(scopes.split(","));
    }
}
