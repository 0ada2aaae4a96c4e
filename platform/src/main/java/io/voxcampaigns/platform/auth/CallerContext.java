package io.voxcampaigns.platform.auth;

import jakarta.enterprise.context.RequestScoped;

import io.voxcampaigns.platform.error.ApiException;

/** Request-scoped holder of the authenticated {@link Caller}; set by {@link ApiKeyFilter}. */
@RequestScoped
public class CallerContext {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    /** The caller of a protected request; 401 if the request was not authenticated. */
    public Caller caller() {
        if (caller == null) {
            throw ApiException.unauthorized("missing API key");
        }
        return caller;
    }

    /** The caller when the request was authenticated; null for an unprotected one (health, webhooks). */
    public Caller current() {
        return caller;
    }

    public String organizationId() {
        return caller().organizationId();
    }
}
