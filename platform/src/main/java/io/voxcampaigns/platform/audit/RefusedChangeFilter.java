package io.voxcampaigns.platform.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.audit.AuditEventRecorded;
import io.voxcampaigns.platform.auth.AuthConfig;
import io.voxcampaigns.platform.auth.Caller;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.outbox.OutboxBatch;

/**
 * Audits the change requests that changed nothing: a request whose key was verified but that was refused (4xx: no
 * scope, bad input, not found, conflict) or failed (5xx) gets an audit event of its own, written on its own after the
 * change's transaction rolled back. Not audited: requests without a valid key (401: nobody to name), throttled ones
 * (429: a runaway client would flood the trail) and the configured read-only operations. A change that succeeded
 * without recording itself ({@link AuditTrail}) is logged as a defect.
 */
public class RefusedChangeFilter {

    private static final Logger LOG = Logger.getLogger(RefusedChangeFilter.class);
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Pool pool;
    private final OutboxBatch outbox;
    private final CallerContext callers;
    private final AuditRequest audited;
    private final AuditConfig config;
    private final AuthConfig auth;
    private final Clock clock;

    RefusedChangeFilter(Pool pool, OutboxBatch outbox, CallerContext callers, AuditRequest audited,
                        AuditConfig config, AuthConfig auth, Clock clock) {
        this.pool = pool;
        this.outbox = outbox;
        this.callers = callers;
        this.audited = audited;
        this.config = config;
        this.auth = auth;
        this.clock = clock;
    }

    @ServerResponseFilter
    public Uni<Void> recordRefusal(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        Caller caller = callers.current();
        if (caller == null || !CHANGES.contains(method) || !path.startsWith(auth.protectedPathPrefix())
                || readOnly(method, path)) {
            return Uni.createFrom().voidItem();
        }
        int status = response.getStatus();
        if (status < 400) {
            if (!audited.recorded()) {
                LOG.errorf("%s %s changed state without recording an audit event", method, path);
            }
            return Uni.createFrom().voidItem();
        }
        if (status == 401 || status == 429) {
            return Uni.createFrom().voidItem();
        }
        List<String> parameters = new ArrayList<>();
        request.getUriInfo().getPathParameters().values().forEach(parameters::addAll);
        AuditEventRecorded event = AuditEvents.refused(caller, config.service(), method, path,
                AuditResources.idOf(path, parameters), status, clock.instant());
        // a statement of its own, outside the change's transaction, which rolled back
        return pool.withConnection(connection -> outbox.append(connection, List.of(event)))
                .onFailure().recoverWithItem(failure -> {
                    // the answer stands: the refusal is not turned into a 500 because its record could not be written
                    LOG.errorf(failure, "could not record the refused %s %s (%d) in the audit trail", method, path,
                            status);
                    return null;
                });
    }

    private boolean readOnly(String method, String path) {
        return config.readOnlyOperations().map(operations -> operations.contains(method + " " + path)).orElse(false);
    }
}
