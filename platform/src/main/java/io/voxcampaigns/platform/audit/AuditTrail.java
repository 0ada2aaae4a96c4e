package io.voxcampaigns.platform.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.voxcampaigns.events.audit.AuditEventRecorded;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.outbox.OutboxWriter;

/**
 * Records a state change made by an API request: who (the caller's organisation and key), what (method, path,
 * resource, action, the fields set), when. Call it inside the change's transaction: the event goes to the outbox
 * with the change, so it exists exactly when the change was committed, and reaches audit.events after the commit.
 * Refused and failed requests are recorded by {@link RefusedChangeFilter}.
 */
@ApplicationScoped
public class AuditTrail {

    private final OutboxWriter outbox;
    private final CallerContext callers;
    private final HttpServerRequest request;
    private final AuditRequest audited;
    private final AuditConfig config;
    private final Clock clock;

    AuditTrail(OutboxWriter outbox, CallerContext callers, HttpServerRequest request, AuditRequest audited,
               AuditConfig config, Clock clock) {
        this.outbox = outbox;
        this.callers = callers;
        this.request = request;
        this.audited = audited;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Notes the top-level fields the request's body set ({@link SentFields}), for the change the service records: the
     * resource reads the body, the service knows the change.
     */
    public void noteSentFields(List<String> fields) {
        audited.noteSentFields(fields);
    }

    /** {@link #record(String, String, Collection)} with the fields the resource noted as sent. */
    public Uni<Void> record(String action, String resourceId) {
        return record(action, resourceId, audited.sentFields());
    }

    /**
     * Appends the audit event of the current request's change to the outbox, in the caller's transaction.
     *
     * @param action        what was done: create, update, delete, pause, ...
     * @param resourceId    the changed resource's id (a created one's new id); null when there is none
     * @param changedFields JSON names of the top-level fields the request set or changed
     */
    public Uni<Void> record(String action, String resourceId, Collection<String> changedFields) {
        return outbox.append(event(action, resourceId, changedFields));
    }

    /**
     * The audit event of the current request's change, for a service that writes its outbox itself (on a connection
     * of its own): append it in the change's transaction.
     */
    public AuditEventRecorded event(String action, String resourceId, Collection<String> changedFields) {
        AuditEventRecorded event = AuditEvents.succeeded(callers.caller(), config.service(), request.method().name(),
                request.path(), resourceId, action, List.copyOf(changedFields), clock.instant());
        audited.markRecorded();
        return event;
    }

    /** {@link #event(String, String, Collection)} with the fields the resource noted as sent. */
    public AuditEventRecorded event(String action, String resourceId) {
        return event(action, resourceId, audited.sentFields());
    }
}
