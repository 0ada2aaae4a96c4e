package io.voxcampaigns.dispatcher.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.audit.AuditEventRecorded;
import io.voxcampaigns.platform.outbox.OutboxBatch;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.dispatcher.persistence.OrganizationLimits;
import io.voxcampaigns.dispatcher.persistence.OrganizationLimitsRepository;

/**
 * The organisation limits admin API's use cases: read them, replace them all. The dispatch round reads the same
 * table without a cache, so a replacement applies from its next round.
 */
@ApplicationScoped
public class OrganizationLimitsService {

    private final Pool pool;
    private final OrganizationLimitsRepository limits;
    private final Clock clock;
    private final AuditTrail audit;
    private final OutboxBatch outbox;

    OrganizationLimitsService(Pool pool, OrganizationLimitsRepository limits, Clock clock, AuditTrail audit,
                              OutboxBatch outbox) {
        this.outbox = outbox;
        this.audit = audit;
        this.pool = pool;
        this.limits = limits;
        this.clock = clock;
    }

    /** The organisation's limits; none set when it never set any. */
    public Uni<OrganizationLimits> get(String organizationId) {
        return pool.withConnection(connection -> limits.read(connection, organizationId));
    }

    /**
     * Replaces every limit of the organisation with valid {@code replacement}, with its audit event in the same
     * transaction; answers the limits as stored.
     */
    public Uni<OrganizationLimits> replace(String organizationId, OrganizationLimits replacement) {
        AuditEventRecorded change = audit.event("update", organizationId);
        return pool.withTransaction(connection -> limits.replace(connection, organizationId, replacement,
                clock.instant()).call(() -> outbox.append(connection, List.of(change))));
    }
}
