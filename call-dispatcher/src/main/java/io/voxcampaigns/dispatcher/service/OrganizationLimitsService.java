package io.voxcampaigns.dispatcher.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
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

    OrganizationLimitsService(Pool pool, OrganizationLimitsRepository limits, Clock clock) {
        this.pool = pool;
        this.limits = limits;
        this.clock = clock;
    }

    /** The organisation's limits; none set when it never set any. */
    public Uni<OrganizationLimits> get(String organizationId) {
        return pool.withConnection(connection -> limits.read(connection, organizationId));
    }

    /** Replaces every limit of the organisation with valid {@code replacement}; answers the limits as stored. */
    public Uni<OrganizationLimits> replace(String organizationId, OrganizationLimits replacement) {
        return pool.withTransaction(connection -> limits.replace(connection, organizationId, replacement,
                clock.instant()));
    }
}
