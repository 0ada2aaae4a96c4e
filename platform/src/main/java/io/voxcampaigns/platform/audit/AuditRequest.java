package io.voxcampaigns.platform.audit;

import jakarta.enterprise.context.RequestScoped;

/** Whether the current request recorded its change ({@link AuditTrail}); read by {@link RefusedChangeFilter}. */
@RequestScoped
public class AuditRequest {

    private boolean recorded;

    void markRecorded() {
        recorded = true;
    }

    boolean recorded() {
        return recorded;
    }
}
