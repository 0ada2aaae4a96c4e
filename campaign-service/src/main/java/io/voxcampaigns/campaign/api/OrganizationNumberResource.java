package io.voxcampaigns.campaign.api;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.platform.audit.SentFields;
import io.voxcampaigns.campaign.domain.ApiValue;
import io.voxcampaigns.campaign.domain.DomesticNumbers;
import io.voxcampaigns.campaign.domain.LineStatus;
import io.voxcampaigns.campaign.domain.NewNumber;
import io.voxcampaigns.campaign.domain.NumberFilter;
import io.voxcampaigns.campaign.domain.NumberProvider;
import io.voxcampaigns.campaign.domain.NumberUsage;
import io.voxcampaigns.campaign.service.OrganizationNumbers;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.openapi.ApiContractFilter;
import io.voxcampaigns.platform.paging.ListQuery;
import io.voxcampaigns.platform.paging.PageRequest;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.QueryParameters;

/**
 * The organisation's telephone numbers: outbound lines usable as from_number and approved presentation numbers.
 * Registration and approval need a key with the admin scope.
 */
@Path("/v3/organization-telephone-numbers")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationNumberResource {

    static final int MAX_MEMO = 200;
    /** The one order vox documents for sort_by (its default); lists are keyed by it. */
    static final String SORT_BY_CREATED_AT = "created_at";

    private static final List<String> USAGES = ApiValue.values(NumberUsage.values());
    private static final List<String> PROVIDERS = ApiValue.values(NumberProvider.values());
    private static final List<String> STATUSES = ApiValue.values(LineStatus.values());

    private final OrganizationNumbers numbers;
    private final CallerContext caller;
    private final AuditTrail audit;

    OrganizationNumberResource(OrganizationNumbers numbers, CallerContext caller, AuditTrail audit) {
        this.audit = audit;
        this.numbers = numbers;
        this.caller = caller;
    }

    @GET
    @Parameters({
        @Parameter(name = "usage", in = ParameterIn.QUERY, description = "our extension",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"outbound", "presentation"})),
        @Parameter(name = "provider", in = ParameterIn.QUERY,
                schema = @Schema(type = SchemaType.STRING, enumeration = {"vox", "custom"})),
        @Parameter(name = "status", in = ParameterIn.QUERY, description = "repeatable", schema = @Schema(
                type = SchemaType.STRING, enumeration = {"active", "scheduled", "cancel_requested", "expired"})),
        @Parameter(name = "sort_by", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING,
                enumeration = {SORT_BY_CREATED_AT}, defaultValue = SORT_BY_CREATED_AT))
    })
    @Extension(name = ApiContractFilter.PAGED, value = "true")
    public Uni<Page<NumberResponse>> list(@Context UriInfo uri) {
        ListQuery query = ListQuery.of(uri, "usage", "provider", "status", "sort_by");
        NumberUsage usage = query.oneEnum("usage", NumberUsage::fromValue, USAGES);
        NumberProvider provider = query.oneEnum("provider", NumberProvider::fromValue, PROVIDERS);
        List<LineStatus> statuses = query.enums("status", LineStatus::fromValue, STATUSES);
        query.oneEnum("sort_by", v -> SORT_BY_CREATED_AT.equals(v) ? v : null, List.of(SORT_BY_CREATED_AT));
        PageRequest page = query.validated();
        NumberFilter filter = new NumberFilter(caller.organizationId(), usage, provider, statuses);
        return numbers.list(filter, page, NumberResponse::of);
    }

    @GET
    @Path("/{id}")
    public Uni<NumberResponse> get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return numbers.get(caller.organizationId(), PathIds.parse(id, OrganizationNumbers.NUMBER))
                .map(NumberResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RegisterNumberRequest.class)))
    @APIResponse(responseCode = "201", description = "the registered number",
            content = @Content(schema = @Schema(implementation = NumberResponse.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "CONFLICT: registered for this usage already; details.id",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<NumberResponse> register(RegisterNumberRequest body, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        audit.noteSentFields(SentFields.of(body));
        return numbers.register(caller.organizationId(), validated(body)).map(NumberResponse::of);
    }

    @POST
    @Path("/{id}/approve")
    @APIResponse(responseCode = "200", description = "the approved presentation number",
            content = @Content(schema = @Schema(implementation = NumberResponse.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "CONFLICT: an outbound number needs no approval",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<NumberResponse> approve(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return numbers.approve(caller.organizationId(), PathIds.parse(id, OrganizationNumbers.NUMBER))
                .map(NumberResponse::of);
    }

    /** A well-formed registration; a 400 naming every invalid field otherwise. */
    private static NewNumber validated(RegisterNumberRequest body) {
        ValidationErrors errors = new ValidationErrors();
        if (body == null) {
            errors.add("$", "request body is required").throwIfAny();
        }
        String problem = DomesticNumbers.problem(body.telephoneNumber());
        if (problem != null) {
            errors.add("telephone_number", problem);
        }
        NumberUsage usage = NumberUsage.fromValue(body.usage());
        if (usage == null) {
            errors.add("usage", "must be 'outbound' or 'presentation'");
        }
        NumberProvider provider = body.provider() == null ? NumberProvider.CUSTOM
                : NumberProvider.fromValue(body.provider());
        if (provider == null) {
            errors.addNotOneOf("provider", PROVIDERS, null);
        }
        if (body.memo() != null && body.memo().length() > MAX_MEMO) {
            errors.add("memo", "must be at most " + MAX_MEMO + " characters, got " + body.memo().length());
        }
        errors.throwIfAny();
        return new NewNumber(body.telephoneNumber(), usage, provider, body.memo());
    }
}
