package io.voxcampaigns.campaign.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.campaign.config.RetentionConfig;

/**
 * Deletes what nothing reads any more, every {@code vox.retention.purge-every}: audit events older than
 * {@code vox.retention.audit-events} (when set) and suppressions expired longer than
 * {@code vox.retention.expired-suppressions} ago, in batches so no statement holds many row locks for long. Every
 * replica may run it: a row deleted twice is deleted once.
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    private static final String AUDIT = """
            delete from audit_event where event_id in (
                select event_id from audit_event where occurred_at < $1 limit $2)
            """;
    private static final String SUPPRESSIONS = """
            delete from suppression where (organization_id, number) in (
                select organization_id, number from suppression where expires_at < $1 limit $2)
            """;

    private final Pool pool;
    private final RetentionConfig config;
    private final Clock clock;

    RetentionPurge(Pool pool, RetentionConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${vox.retention.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purge(clock.instant()).onFailure().recoverWithItem(failure -> {
            LOG.warn("retention purge failed; it runs again at its next time", failure);
            return null;
        }).replaceWithVoid();
    }

    /** Deletes what is past its retention at {@code now}; answers how many audit events and suppressions went. */
    public Uni<Purged> purge(Instant now) {
        Uni<Long> audit = config.auditEvents()
                .map(keep -> deleteAll(AUDIT, now.minus(keep)))
                .orElse(Uni.createFrom().item(0L));
        return audit.chain(events -> deleteAll(SUPPRESSIONS, now.minus(config.expiredSuppressions()))
                .map(suppressions -> new Purged(events, suppressions)))
                .invoke(purged -> {
                    if (purged.auditEvents() + purged.suppressions() > 0) {
                        LOG.infof("retention purge: %d audit event(s), %d expired suppression(s) deleted",
                                purged.auditEvents(), purged.suppressions());
                    }
                });
    }

    /** Runs the batch statement until a batch deletes fewer rows than its limit; answers the rows deleted. */
    private Uni<Long> deleteAll(String statement, Instant before) {
        int batch = config.purgeBatch();
        return pool.preparedQuery(statement).execute(Tuple.of(before.atOffset(ZoneOffset.UTC), batch))
                .chain(rows -> rows.rowCount() < batch
                        ? Uni.createFrom().item((long) rows.rowCount())
                        : deleteAll(statement, before).map(more -> more + rows.rowCount()));
    }

    /** What one purge deleted. */
    public record Purged(long auditEvents, long suppressions) {
    }
}
