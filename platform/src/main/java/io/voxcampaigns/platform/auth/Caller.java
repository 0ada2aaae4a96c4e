package io.voxcampaigns.platform.auth;

import java.util.Set;

import io.voxcampaigns.platform.error.ApiException;

/** The organisation and key behind the current request, as proven by its API key. */
public record Caller(String organizationId, String keyId, Set<String> scopes) {

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** Throws 403 unless the key carries the scope. */
    public void requireScope(String scope) {
        if (!hasScope(scope)) {
            throw ApiException.forbidden("this API key lacks the '" + scope + "' scope");
        }
    }
}
