package io.voxcampaigns.campaign.api;

import java.util.Arrays;
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

import org.jboss.resteasy.reactive.ResponseStatus;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.NumberUsage;
import io.voxcampaigns.campaign.domain.DomesticNumbers;
import io.voxcampaigns.campaign.service.OrganizationNumbers;
import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.paging.ListQuery;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;
import io.voxcampaigns.platform.paging.QueryParameters;

/**
 * The organisation's telephone numbers: outbound lines usable as from_number and approved presentation numbers.
 * Registration and approval need a key with the admin scope.
 */
@Path("/v3/organization-telephone-numbers")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationNumberResource {

    private static final List<String> USAGES = Arrays.stream(NumberUsage.values()).map(NumberUsage::value).toList();

    private final OrganizationNumbers numbers;
    private final CallerContext caller;

    OrganizationNumberResource(OrganizationNumbers numbers, CallerContext caller) {
        this.numbers = numbers;
        this.caller = caller;
    }

    @GET
    public Uni<Page<NumberResponse>> list(@Context UriInfo uri) {
        ListQuery query = ListQuery.of(uri, "usage");
        NumberUsage usage = query.oneEnum("usage", NumberUsage::fromValue, USAGES);
        PageRequest page = query.validated();
        return numbers.list(caller.organizationId(), usage, page, NumberResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public Uni<NumberResponse> register(RegisterNumberRequest body, @Context UriInfo uri) {
        caller.caller().requireScope(ApiKeyClaims.SCOPE_ADMIN);
        QueryParameters.allowOnly(uri, Set.of());
        NumberUsage usage = validated(body);
        return numbers.register(caller.organizationId(), body.telephoneNumber(), usage).map(NumberResponse::of);
    }

    @POST
    @Path("/{id}/approve")
    public Uni<NumberResponse> approve(@PathParam("id") String id, @Context UriInfo uri) {
        caller.caller().requireScope(ApiKeyClaims.SCOPE_ADMIN);
        QueryParameters.allowOnly(uri, Set.of());
        return numbers.approve(caller.organizationId(), PathIds.parse(id, OrganizationNumbers.NUMBER))
                .map(NumberResponse::of);
    }

    /** The usage of a well-formed registration; a 400 naming every invalid field otherwise. */
    private static NumberUsage validated(RegisterNumberRequest body) {
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
        errors.throwIfAny();
        return usage;
    }
}
