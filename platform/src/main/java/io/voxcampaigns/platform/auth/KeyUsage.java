package io.voxcampaigns.platform.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.apikey.ApiKeyUsed;
import io.voxcampaigns.platform.outbox.OutboxBatch;

/**
 * When each API key was last used on this service instance: {@link ApiKeyFilter} notes every authenticated request
 * in memory (no I/O on the request path), and every {@code vox.auth.usage-report-interval} the keys used since the
 * previous report go to the outbox as ApiKeyUsed (api-key.usage), one per key with its latest use, in one
 * statement. campaign-service keeps the latest as the key's last_used_at. A crash loses at most one interval of reports; a failed report is
 * retried at the next one.
 */
@ApplicationScoped
public class KeyUsage {

    private static final Logger LOG = Logger.getLogger(KeyUsage.class);

    private final Map<String, Use> pending = new ConcurrentHashMap<>();
    private final Pool pool;
    private final OutboxBatch outbox;
    private final Clock clock;
    private final String service;

    KeyUsage(Pool pool, OutboxBatch outbox, Clock clock,
             @ConfigProperty(name = "quarkus.application.name") String service) {
        this.pool = pool;
        this.outbox = outbox;
        this.clock = clock;
        this.service = service;
    }

    /** Notes that the caller's key authenticated a request now. */
    void used(Caller caller) {
        note(caller.keyId(), new Use(caller.organizationId(), clock.instant()));
    }

    /** Writes the uses noted since the previous report, in one statement; if it fails, they wait for the next. */
    @Scheduled(every = "${vox.auth.usage-report-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "${vox.auth.usage-report-interval:30s}")
    Uni<Void> report() {
        List<ApiKeyUsed> events = new ArrayList<>();
        Instant now = clock.instant();
        for (String keyId : List.copyOf(pending.keySet())) {
            Use use = pending.remove(keyId);
            if (use != null) {
                events.add(ApiKeyUsed.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now)
                        .setOrganizationId(use.organizationId()).setKeyId(keyId).setService(service)
                        .setLastUsedAt(use.at()).build());
            }
        }
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.withConnection(connection -> outbox.append(connection, events))
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf(failure, "could not report the use of %d API key(s); retried at the next report",
                            events.size());
                    events.forEach(event -> note(event.getKeyId(),
                            new Use(event.getOrganizationId(), event.getLastUsedAt())));
                    return Uni.createFrom().voidItem();
                });
    }

    /** Keeps the later of the key's pending use and this one. */
    private void note(String keyId, Use use) {
        pending.merge(keyId, use, (one, other) -> other.at().isAfter(one.at()) ? other : one);
    }

    private record Use(String organizationId, Instant at) {
    }
}
