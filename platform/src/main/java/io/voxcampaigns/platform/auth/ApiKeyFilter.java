package io.voxcampaigns.platform.auth;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.voxcampaigns.platform.error.ApiException;

/**
 * Authenticates every protected request with its organisation API key (a signed token verified with the
 * public key alone) and answers 401 in the error envelope when it is missing, malformed, expired or revoked, then
 * 403 when the key lacks the scope the operation needs ({@link ScopeRules}). It runs before the request is matched to
 * a resource, so neither a body nor a content type is looked at for a caller who may not make the request.
 */
public class ApiKeyFilter {

    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);
    private static final String BEARER = "Bearer ";

    private final JWTParser parser;
    private final AuthConfig config;
    private final CallerContext context;
    private final ScopeRules scopes;
    private final RevokedKeys revoked;
    private final KeyUsage usage;

    ApiKeyFilter(JWTParser parser, AuthConfig config, CallerContext context, RevokedKeys revoked, KeyUsage usage) {
        this.parser = parser;
        this.config = config;
        this.context = context;
        this.revoked = revoked;
        this.usage = usage;
        this.scopes = ScopeRules.parse(config.scopeRules().orElse(List.of()));
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        if (!path.startsWith(config.protectedPathPrefix())) {
            return null;
        }
        try {
            Caller caller = verify(request.getHeaderString(HttpHeaders.AUTHORIZATION));
            context.set(caller);
            usage.used(caller);
            authorize(caller, request.getMethod(), path);
            return null;
        } catch (ApiException e) {
            return Response.status(e.code().status()).type(MediaType.APPLICATION_JSON).entity(e.body())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
    }

    /**
     * 403 unless the key carries the scope the operation needs (the service's {@link ScopeRules}). A path no rule
     * names is no operation of the service (each service's ScopesTest finds every documented operation in its rules):
     * routing answers it, 404.
     */
    void authorize(Caller caller, String method, String path) {
        scopes.required(method, path).ifPresent(caller::requireScope);
    }

    Caller verify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ApiException.unauthorized("missing API key: send 'Authorization: Bearer <organisation API key>'");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiException.unauthorized("malformed Authorization header: expected 'Bearer <organisation API key>'");
        }
        JsonWebToken token;
        try {
            token = parser.parse(authorization.substring(BEARER.length()).trim());
        } catch (ParseException e) {
            LOG.debugf("API key refused: %s", e.getMessage());
            throw ApiException.unauthorized("invalid or expired API key");
        }
        String keyId = token.getTokenID();
        String organizationId = token.getClaim(ApiKeyClaims.ORGANIZATION_ID);
        if (keyId == null || organizationId == null || organizationId.isBlank()) {
            throw ApiException.unauthorized("invalid API key: it names no key id or organisation");
        }
        if (revoked.contains(keyId) || config.revokedKeyIds().map(ids -> ids.contains(keyId)).orElse(false)) {
            throw ApiException.unauthorized("API key revoked");
        }
        Set<String> scopes = token.getGroups() == null ? Set.of() : new HashSet<>(token.getGroups());
        return new Caller(organizationId, keyId, Set.copyOf(scopes));
    }
}
