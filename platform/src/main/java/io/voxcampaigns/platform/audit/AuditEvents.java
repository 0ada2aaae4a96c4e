package io.voxcampaigns.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.voxcampaigns.events.audit.AuditEventRecorded;
import io.voxcampaigns.events.audit.AuditOutcome;
import io.voxcampaigns.platform.auth.Caller;

/** Builds the audit events of a request. */
final class AuditEvents {

    private AuditEvents() {
    }

    static AuditEventRecorded succeeded(Caller caller, String service, String method, String path, String resourceId,
                                        String action, List<String> changedFields, Instant at) {
        return event(caller, service, method, path, resourceId, action, changedFields, AuditOutcome.succeeded, null,
                at);
    }

    /** A refused (4xx) or failed (5xx) request: nothing changed, so no fields; the action is the method. */
    static AuditEventRecorded refused(Caller caller, String service, String method, String path, String resourceId,
                                      int status, Instant at) {
        AuditOutcome outcome = status >= 500 ? AuditOutcome.failed : AuditOutcome.rejected;
        return event(caller, service, method, path, resourceId, method.toLowerCase(Locale.ROOT), List.of(), outcome,
                status, at);
    }

    private static AuditEventRecorded event(Caller caller, String service, String method, String path,
                                            String resourceId, String action, List<String> changedFields,
                                            AuditOutcome outcome, Integer status, Instant at) {
        return AuditEventRecorded.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(at)
                .setOrganizationId(caller.organizationId())
                .setApiKeyId(caller.keyId())
                .setService(service)
                .setMethod(method)
                .setPath(path)
                .setResourceType(AuditResources.typeOf(path))
                .setResourceId(resourceId)
                .setAction(action)
                .setChangedFields(changedFields)
                .setOutcome(outcome)
                .setStatus(status)
                .build();
    }
}
