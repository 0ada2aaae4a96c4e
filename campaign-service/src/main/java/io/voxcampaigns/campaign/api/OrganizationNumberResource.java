package io.voxcampaigns.campaign.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.ResponseStatus;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.NumberStatus;
import io.voxcampaigns.campaign.domain.NumberUsage;
import io.voxcampaigns.campaign.domain.PhoneNumbers;
import io.voxcampaigns.campaign.persistence.OrganizationNumber;
import io.voxcampaigns.campaign.persistence.OrganizationNumberRepository;
import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.error.ValidationErrors;
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


    @Inject
    OrganizationNumberRepository numbers;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    @GET
    @WithSession
    public Uni<Page<NumberResponse>> list(@QueryParam("usage") String usage) {
        ValidationErrors errors = new ValidationErrors();
        PageRequest request = PageRequest.from(uri, errors, "usage");
        NumberUsage usageFilter = usage == null ? null : NumberUsage.fromValue(usage);
        if (usage != null && usageFilter == null) {
            errors.add("usage", "must be 'outbound' or 'presentation'");
        }
        errors.throwIfAny();
        String org = caller.organizationId();
        return numbers.page(org, usageFilter, request).chain(rows -> numbers.count(org, usageFilter)
                .map(total -> request.page(rows, total, NumberResponse::of, n -> n.createdAt.toEpochMilli(), n -> n.id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @WithTransaction
    public Uni<NumberResponse> register(RegisterNumberRequest body) {
        caller.caller().requireScope(ApiKeyClaims.SCOPE_ADMIN);
        QueryParameters.allowOnly(uri, Set.of());
        OrganizationNumber number = validated(body);
        number.organizationId = caller.organizationId();
        return numbers.findByNumber(number.organizationId, number.telephoneNumber, number.usage)
                .chain(existing -> {
                    if (existing != null) {
                        throw ApiException.conflict("telephone number " + existing.telephoneNumber + " is already registered for "
                                + existing.usage.value(), Map.of("id", existing.id.toString()));
                    }
                    return numbers.persist(number);
                })
                .map(NumberResponse::of);
    }

    @POST
    @Path("/{id}/approve")
    @WithTransaction
    public Uni<NumberResponse> approve(@PathParam("id") String id) {
        caller.caller().requireScope(ApiKeyClaims.SCOPE_ADMIN);
        QueryParameters.allowOnly(uri, Set.of());
        UUID numberId = PathIds.parse(id, "telephone number");
        return numbers.findInOrganization(caller.organizationId(), numberId)
                .onItem().ifNull().failWith(() -> ApiException.notFound("telephone number", id))
                .map(number -> {
                    if (number.usage != NumberUsage.PRESENTATION) {
                        throw ApiException.conflict("only presentation numbers need approval", Map.of("usage", number.usage.value()));
                    }
                    if (number.status != NumberStatus.APPROVED) {
                        number.status = NumberStatus.APPROVED;
                        number.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    }
                    return NumberResponse.of(number);
                });
    }

    private static OrganizationNumber validated(RegisterNumberRequest body) {
        ValidationErrors errors = new ValidationErrors();
        if (body == null) {
            errors.add("$", "request body is required").throwIfAny();
        }
        String problem = PhoneNumbers.problem(body.telephoneNumber());
        if (problem != null) {
            errors.add("telephone_number", problem);
        }
        NumberUsage usage = NumberUsage.fromValue(body.usage());
        if (usage == null) {
            errors.add("usage", "must be 'outbound' or 'presentation'");
        }
        errors.throwIfAny();
        OrganizationNumber number = new OrganizationNumber();
        number.id = UUID.randomUUID();
        number.telephoneNumber = body.telephoneNumber();
        number.usage = usage;
        number.status = usage == NumberUsage.OUTBOUND ? NumberStatus.ACTIVE : NumberStatus.PENDING;
        number.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        number.updatedAt = number.createdAt;
        return number;
    }
}
