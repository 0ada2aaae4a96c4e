package io.voxcampaigns.campaign.api;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.platform.audit.SentFields;
import io.voxcampaigns.campaign.domain.ApiKeyRules;
import io.voxcampaigns.campaign.domain.NewApiKey;
import io.voxcampaigns.campaign.domain.Timestamps;
import io.voxcampaigns.campaign.service.ApiKeys;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.openapi.ApiContractFilter;
import io.voxcampaigns.platform.paging.ListQuery;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.QueryParameters;

/**
 * The organisation's API keys (our extension, docs/api.md "API keys"): issued, listed, revoked. Every endpoint needs
 * a key with the admin scope (the platform's scope rules); keys minted outside the API are not listed here.
 */
@Path("/v3/api-keys")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private static final String SCOPES = "scopes";

    private final ApiKeys keys;
    private final CallerContext caller;
    private final Clock clock;
    private final AuditTrail audit;

    ApiKeyResource(ApiKeys keys, CallerContext caller, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.keys = keys;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateApiKeyRequest.class)))
    @APIResponse(responseCode = "201", description = "the new key, with its secret (key) shown this once",
            content = @Content(schema = @Schema(implementation = IssuedApiKeyResponse.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "SERVICE_UNAVAILABLE: no signing key is configured; nothing "
            + "stored", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<IssuedApiKeyResponse> issue(CreateApiKeyRequest body, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        audit.noteSentFields(SentFields.of(body));
        return keys.issue(caller.organizationId(), validated(body)).map(IssuedApiKeyResponse::of);
    }

    @GET
    @Extension(name = ApiContractFilter.PAGED, value = "true")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<Page<ApiKeyResponse>> list(@Context UriInfo uri) {
        return keys.list(caller.organizationId(), ListQuery.of(uri).validated(), ApiKeyResponse::of);
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "the key, without its secret",
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: the organisation has no such key",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<ApiKeyResponse> get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return keys.get(caller.organizationId(), PathIds.parse(id, ApiKeys.API_KEY)).map(ApiKeyResponse::of);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "the key is revoked (or was already): every service refuses it")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: the organisation has no such key (keys minted "
            + "outside the API included)", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<Void> revoke(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return keys.revoke(caller.organizationId(), PathIds.parse(id, ApiKeys.API_KEY));
    }

    /** A well-formed request; a 400 naming every invalid field otherwise. */
    private NewApiKey validated(CreateApiKeyRequest body) {
        ValidationErrors errors = new ValidationErrors();
        if (body == null) {
            errors.add("$", "request body is required").throwIfAny();
        }
        addProblem(errors, "name", ApiKeyRules.nameProblem(body.name()));
        List<String> scopes = scopes(body.scopes(), errors);
        addProblem(errors, "expires_at", ApiKeyRules.expiryProblem(body.expiresAt(), clock.instant()));
        errors.throwIfAny();
        return new NewApiKey(body.name(), scopes,
                body.expiresAt() == null ? null : Timestamps.fromApi(body.expiresAt()));
    }

    /** Distinct known scopes, at least one; each bad entry named by its index. */
    private static List<String> scopes(List<String> scopes, ValidationErrors errors) {
        if (scopes == null || scopes.isEmpty()) {
            errors.addNotAllowed(SCOPES, "is required: at least one of " + String.join(", ", ApiKeyRules.SCOPES),
                    ApiKeyRules.SCOPES);
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            String scope = scopes.get(i);
            String field = SCOPES + "[" + i + "]";
            if (!ApiKeyRules.SCOPES.contains(scope)) {
                errors.addNotOneOf(field, ApiKeyRules.SCOPES, ValidationErrors.quoted(scope));
            } else if (!seen.add(scope)) {
                errors.add(field, "repeats " + ValidationErrors.quoted(scope) + "; each scope at most once");
            } else {
                valid.add(scope);
            }
        }
        return valid;
    }

    private static void addProblem(ValidationErrors errors, String field, String problem) {
        if (problem != null) {
            errors.add(field, problem);
        }
    }
}
