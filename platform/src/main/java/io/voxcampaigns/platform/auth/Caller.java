package io.voxcampaigns.platform.auth;

import java.util.Map;
import java.util.Set;

import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorCode;

/** The organisation and key behind the current request, as proven by its API key. */
public record Caller(String organizationId, String keyId, Set<String> scopes) {

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** Throws 403 unless the key carries the scope; the error's details name it ({@code missing_scope}). */
    public void requireScope(String scope) {
        if (!hasScope(scope)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "this API key lacks the '" + scope + "' scope",
                    Map.of("missing_scope", scope));
        }
    }
}
