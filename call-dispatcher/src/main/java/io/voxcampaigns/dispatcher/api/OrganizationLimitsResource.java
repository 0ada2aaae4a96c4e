package io.voxcampaigns.dispatcher.api;

import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.platform.audit.SentFields;
import io.voxcampaigns.dispatcher.service.OrganizationLimitsService;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.paging.QueryParameters;

/**
 * The organisation's limits across all its campaigns (issue 16, our extension): the concurrency pool and its inbound
 * reserve, start rates, the contact-frequency cap. Always the key's own organisation; the admin scope is required.
 */
@Path("/v3/organization-limits")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationLimitsResource {

    private final OrganizationLimitsService limits;
    private final CallerContext caller;
    private final AuditTrail audit;

    OrganizationLimitsResource(OrganizationLimitsService limits, CallerContext caller, AuditTrail audit) {
        this.audit = audit;
        this.limits = limits;
        this.caller = caller;
    }

    @GET
    @APIResponse(responseCode = "200", description = "the limits in force; every limit null when none is set",
            content = @Content(schema = @Schema(implementation = OrganizationLimitsResponse.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<OrganizationLimitsResponse> get(@Context UriInfo uri) {
        String organizationId = admin(uri);
        return limits.get(organizationId).map(OrganizationLimitsResponse::of);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = OrganizationLimitsBody.class)))
    @APIResponse(responseCode = "200", description = "the limits as stored, in force from the next dispatch round",
            content = @Content(schema = @Schema(implementation = OrganizationLimitsResponse.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<OrganizationLimitsResponse> replace(OrganizationLimitsBody body, @Context UriInfo uri) {
        String organizationId = admin(uri);
        audit.noteSentFields(SentFields.of(body));
        return limits.replace(organizationId, OrganizationLimitsValidation.validated(body))
                .map(OrganizationLimitsResponse::of);
    }

    /**
     * The caller's organisation once no query parameter was sent; its key's admin scope was checked before
     * (vox.auth.scope-rules).
     */
    private String admin(UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return caller.organizationId();
    }
}
