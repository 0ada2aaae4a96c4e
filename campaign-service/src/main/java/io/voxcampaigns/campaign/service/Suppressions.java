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
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.campaign.domain.NewSuppression;
import io.voxcampaigns.campaign.domain.SuppressionRules;
import io.voxcampaigns.campaign.events.SuppressionEvents;
import io.voxcampaigns.campaign.persistence.Suppression;
import io.voxcampaigns.campaign.persistence.SuppressionRepository;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.outbox.OutboxWriter;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;

/**
 * The organisation's suppression list (docs/api.md "Suppressions"): numbers added, changed or removed one at a
 * time, each change with its SuppressionsChanged in the same transaction, under the organisation's lock. A row whose
 * expiry passed counts as absent: suppressing its number again makes it new.
 */
@ApplicationScoped
public class Suppressions {

    /** The resource name in a suppression's 404. */
    public static final String SUPPRESSION = "suppression of number";

    private final SuppressionRepository rows;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final AuditTrail audit;

    Suppressions(SuppressionRepository rows, OutboxWriter outbox, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.rows = rows;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The row written and whether the number was not suppressed before (201) rather than changed (200). */
    public record Written(Suppression row, boolean created) {
    }

    /** The organisation's suppressions in force, of one number if given, keyed by (created_at, id). */
    @WithSession
    public <T> Uni<Page<T>> list(String organizationId, String number, PageRequest request,
                                 Function<Suppression, T> view) {
        Instant now = now();
        return rows.page(organizationId, number, now, request).chain(page -> rows.count(organizationId, number, now)
                .map(total -> request.page(page, total, view, s -> s.createdAt.toEpochMilli(), s -> s.id)));
    }

    /** Suppresses the number, or replaces the reason, source and expiry of its suppression in force. */
    @WithTransaction
    public Uni<Written> add(String organizationId, NewSuppression request) {
        Instant now = now();
        return rows.lockOrganization(organizationId)
                .chain(() -> rows.findRow(organizationId, request.number()))
                .chain(existing -> {
                    boolean created = existing == null || !SuppressionRules.inForce(existing.expiresAt, now);
                    Suppression row = existing == null ? newRow(organizationId, request.number()) : existing;
                    row.reason = request.reason();
                    row.source = request.source();
                    row.expiresAt = request.expiresAt();
                    row.updatedAt = now;
                    if (created) {
                        row.createdAt = now;
                    }
                    SpecificRecord event = SuppressionEvents.added(organizationId, List.of(request.number()),
                            request.expiresAt(), now).get(0);
                    Uni<Suppression> stored = existing == null ? rows.persist(row) : Uni.createFrom().item(row);
                    return stored.chain(() -> outbox.append(event))
                            .chain(() -> audit.record(created ? "create" : "update", request.number()))
                            .replaceWith(new Written(row, created));
                });
    }

    /** Removes the number's suppression in force; 404 when there is none. */
    @WithTransaction
    public Uni<Void> remove(String organizationId, String number) {
        Instant now = now();
        return rows.lockOrganization(organizationId)
                .chain(() -> rows.deleteInForce(organizationId, number, now))
                .chain(deleted -> {
                    if (!deleted) {
                        throw ApiException.notFound(SUPPRESSION, number);
                    }
                    return outbox.append(SuppressionEvents.removed(organizationId, number, now))
                            .chain(() -> audit.record("delete", number, List.of()));
                });
    }

    /**
     * In the caller's transaction (a call.events batch): the recipient of {@code number} refused further calls, so
     * the number is suppressed for good (source opt_out); answers the SuppressionsChanged to publish, none when it
     * was suppressed for good already. Takes the organisation's lock.
     */
    public Uni<List<SpecificRecord>> optedOut(String organizationId, String number) {
        Instant now = now();
        return lock(organizationId)
                .chain(() -> rows.optOut(organizationId, number, now))
                .map(changed -> changed
                        ? List.<SpecificRecord>copyOf(SuppressionEvents.added(organizationId, List.of(number), null, now))
                        : List.<SpecificRecord>of());
    }

    /** In the caller's transaction: serialises the organisation's suppression writes until it ends. */
    public Uni<Void> lock(String organizationId) {
        return rows.lockOrganization(organizationId);
    }

    private static Suppression newRow(String organizationId, String number) {
        Suppression row = new Suppression();
        row.id = UUID.randomUUID();
        row.organizationId = organizationId;
        row.number = number;
        return row;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
