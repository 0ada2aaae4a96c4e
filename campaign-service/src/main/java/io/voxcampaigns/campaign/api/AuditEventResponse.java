package io.voxcampaigns.campaign.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.persistence.AuditEntry;

/**
 * One state-changing request of the organisation: who (api_key_id), what (service, method, path, resource_type,
 * resource_id, action, changed_fields), when (occurred_at, unix ms) and its outcome (succeeded, rejected, failed; the
 * HTTP status of a rejected or failed one).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditEventResponse(@JsonProperty("audit_event_id") String auditEventId,
                                 @JsonProperty("occurred_at") long occurredAt,
                                 @JsonProperty("api_key_id") String apiKeyId,
                                 @JsonProperty("service") String service,
                                 @JsonProperty("method") String method,
                                 @JsonProperty("path") String path,
                                 @JsonProperty("resource_type") String resourceType,
                                 @Schema(nullable = true) @JsonProperty("resource_id") String resourceId,
                                 @JsonProperty("action") String action,
                                 @JsonProperty("changed_fields") List<String> changedFields,
                                 @Schema(enumeration = {"succeeded", "rejected", "failed", "unknown"})
                                 @JsonProperty("outcome") String outcome,
                                 @Schema(nullable = true) @JsonProperty("status") Integer status) {

    static AuditEventResponse of(AuditEntry entry) {
        return new AuditEventResponse(entry.id.toString(), entry.createdAt.toEpochMilli(), entry.apiKeyId,
                entry.service, entry.method, entry.path, entry.resourceType, entry.resourceId, entry.action,
                entry.changedFieldList(), entry.outcome, entry.status);
    }
}
