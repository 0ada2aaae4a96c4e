package io.voxcampaigns.platform.audit;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;

/**
 * The current request's audit state: the fields its body set (noted by the resource) and whether it recorded its change
 * ({@link AuditTrail}); read by {@link RefusedChangeFilter}.
 */
@RequestScoped
public class AuditRequest {

    private boolean recorded;
    private List<String> sentFields = List.of();

    void noteSentFields(List<String> fields) {
        sentFields = List.copyOf(fields);
    }

    List<String> sentFields() {
        return sentFields;
    }

    void markRecorded() {
        recorded = true;
    }

    boolean recorded() {
        return recorded;
    }
}
