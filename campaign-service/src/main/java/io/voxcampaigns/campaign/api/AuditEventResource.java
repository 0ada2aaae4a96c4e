package io.voxcampaigns.campaign.api;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.AuditFilter;
import io.voxcampaigns.campaign.domain.Timestamps;
import io.voxcampaigns.campaign.service.AuditTrailView;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.openapi.ApiContractFilter;
import io.voxcampaigns.platform.paging.ListQuery;
import io.voxcampaigns.platform.paging.Page;

/**
 * The organisation's audit trail (our extension, docs/api.md "Audit trail"): every state-changing request made with
 * its keys, on every service, oldest or newest first, filtered by resource, key or outcome. Admin scope (the
 * platform's scope rules).
 */
@Path("/v3/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    private static final String RESOURCE_TYPE = "resource_type";
    private static final String RESOURCE_ID = "resource_id";
    private static final String API_KEY_ID = "api_key_id";
    private static final String OUTCOME = "outcome";
    private static final String AFTER = "occurred_at_after";
    private static final String BEFORE = "occurred_at_before";
    private static final List<String> OUTCOMES = List.of("succeeded", "rejected", "failed");

    private final AuditTrailView trail;
    private final CallerContext caller;

    AuditEventResource(AuditTrailView trail, CallerContext caller) {
        this.trail = trail;
        this.caller = caller;
    }

    @GET
    @Parameters({
        @Parameter(name = RESOURCE_TYPE, in = ParameterIn.QUERY, description = "agent, campaign, api_key, "
                + "suppression, organization_number, organization_limits", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = RESOURCE_ID, in = ParameterIn.QUERY, description = "the resource's id (a campaign's "
                + "events include its tasks')", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = API_KEY_ID, in = ParameterIn.QUERY, description = "the key that made the request",
                schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = OUTCOME, in = ParameterIn.QUERY,
                schema = @Schema(type = SchemaType.STRING, enumeration = {"succeeded", "rejected", "failed"})),
        @Parameter(name = AFTER, in = ParameterIn.QUERY, description = "occurred after (exclusive): unix ms "
                + "(10-11 digits: seconds)", schema = @Schema(type = SchemaType.INTEGER, format = "int64",
                minimum = "1000000000", maximum = "253402300799999")),
        @Parameter(name = BEFORE, in = ParameterIn.QUERY, description = "occurred before (exclusive): unix ms "
                + "(10-11 digits: seconds)", schema = @Schema(type = SchemaType.INTEGER, format = "int64",
                minimum = "1000000000", maximum = "253402300799999"))
    })
    @Extension(name = ApiContractFilter.PAGED, value = "true")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<Page<AuditEventResponse>> list(@Context UriInfo uri) {
        ListQuery query = ListQuery.of(uri, RESOURCE_TYPE, RESOURCE_ID, API_KEY_ID, OUTCOME, AFTER, BEFORE);
        AuditFilter filter = new AuditFilter(caller.organizationId(), query.text(RESOURCE_TYPE),
                query.text(RESOURCE_ID), query.text(API_KEY_ID),
                query.oneEnum(OUTCOME, value -> OUTCOMES.contains(value) ? value : null, OUTCOMES),
                instant(query, AFTER), instant(query, BEFORE));
        return trail.list(filter, query.validated(), AuditEventResponse::of);
    }

    /** A time filter: unix ms (10-11 digits: seconds); null when absent, an error naming it when no timestamp. */
    private static Instant instant(ListQuery query, String name) {
        String value = query.text(name);
        if (value == null) {
            return null;
        }
        Instant at = null;
        try {
            at = Timestamps.fromApi(Long.parseLong(value));
        } catch (NumberFormatException e) {
            // not a number: the error below
        }
        if (at == null) {
            query.errors().add(name, "must be unix milliseconds (10-11 digit values are read as seconds), got '"
                    + value + "'");
        }
        return at;
    }
}
