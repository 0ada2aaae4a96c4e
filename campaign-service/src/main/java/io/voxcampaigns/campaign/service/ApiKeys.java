package io.voxcampaigns.campaign.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.events.apikey.ApiKeyUsed;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;
import io.voxcampaigns.campaign.domain.ApiKeyRules;
import io.voxcampaigns.campaign.domain.NewApiKey;
import io.voxcampaigns.campaign.events.ApiKeyEvents;
import io.voxcampaigns.campaign.persistence.ApiKey;
import io.voxcampaigns.campaign.persistence.ApiKeyRepository;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.outbox.OutboxWriter;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;

/**
 * The organisation's API keys (docs/api.md "API keys"): issued (signed, the row stored, the token shown once),
 * listed, revoked with an ApiKeyRevoked in the same transaction, which every service follows to refuse the key.
 */
@ApplicationScoped
public class ApiKeys {

    /** The resource name in a key's 404. */
    public static final String API_KEY = "API key";

    private final ApiKeyRepository keys;
    private final OutboxWriter outbox;
    private final ApiKeySigner signer;
    private final Clock clock;
    private final AuditTrail audit;

    ApiKeys(ApiKeyRepository keys, OutboxWriter outbox, ApiKeySigner signer, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.keys = keys;
        this.outbox = outbox;
        this.signer = signer;
        this.clock = clock;
    }

    /** The stored key and its signed token, which is never stored nor shown again. */
    public record Issued(ApiKey row, String token) {
    }

    /** Signs and stores a new key of the organisation; 503 before anything is stored when no key is configured. */
    @WithTransaction
    public Uni<Issued> issue(String organizationId, NewApiKey request) {
        signer.requireConfigured();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ApiKey row = new ApiKey();
        row.id = UUID.randomUUID();
        row.organizationId = organizationId;
        row.name = request.name();
        row.scopes = String.join(",", request.scopes());
        row.createdAt = now;
        // the token's exp claim counts whole seconds; the row says exactly what the key says
        row.expiresAt = (request.expiresAt() == null ? now.plus(ApiKeyRules.DEFAULT_LIFETIME) : request.expiresAt())
                .truncatedTo(ChronoUnit.SECONDS);
        String token = signer.sign(row.id, organizationId, request.scopes(), now, row.expiresAt);
        return keys.persist(row).call(() -> audit.record("create", row.id.toString()))
                .replaceWith(new Issued(row, token));
    }

    /** The organisation's keys, revoked and expired ones included, keyed by (created_at, key_id). */
    @WithSession
    public <T> Uni<Page<T>> list(String organizationId, PageRequest request, Function<ApiKey, T> view) {
        return keys.page(organizationId, request).chain(page -> keys.count(organizationId)
                .map(total -> request.page(page, total, view, k -> k.createdAt.toEpochMilli(), k -> k.id)));
    }

    /** One of the organisation's keys; 404 when it has no such key. */
    @WithSession
    public Uni<ApiKey> get(String organizationId, UUID id) {
        return found(organizationId, id);
    }

    private Uni<ApiKey> found(String organizationId, UUID id) {
        return keys.findInOrganization(organizationId, id)
                .onItem().ifNull().failWith(() -> ApiException.notFound(API_KEY, id.toString()));
    }

    /**
     * Applies one consumed ApiKeyUsed (in the consumer's transaction): the key's last use moves to its time unless a
     * later one is known; reports of keys issued outside the API (no row) change nothing.
     */
    public Uni<Void> applyUse(SpecificRecord record) {
        if (!(record instanceof ApiKeyUsed used)) {
            return Uni.createFrom().failure(new UnprocessableEventException(
                    "api-key.usage carries ApiKeyUsed only, got " + record.getSchema().getFullName()));
        }
        UUID id;
        try {
            id = UUID.fromString(used.getKeyId());
        } catch (IllegalArgumentException e) {
            // a key minted outside the API may carry any jti: it has no row to update
            return Uni.createFrom().voidItem();
        }
        return keys.used(used.getOrganizationId(), id, used.getLastUsedAt());
    }

    /**
     * Revokes the organisation's key and publishes ApiKeyRevoked in the same transaction; a key revoked already
     * stays as it is and publishes nothing; 404 when the organisation has no such key.
     */
    @WithTransaction
    public Uni<Void> revoke(String organizationId, UUID id) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return keys.revoke(organizationId, id, now).chain(revoked -> revoked
                ? outbox.append(ApiKeyEvents.revoked(organizationId, id, now))
                        .chain(() -> audit.record("revoke", id.toString(), List.of("revoked_at")))
                : found(organizationId, id).chain(() -> audit.record("revoke", id.toString(), List.of())));
    }
}
