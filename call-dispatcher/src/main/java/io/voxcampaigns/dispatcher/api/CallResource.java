package io.voxcampaigns.dispatcher.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.persistence.CallFilter;
import io.voxcampaigns.dispatcher.persistence.CallRepository;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;

/** The calls API (vox v3): the calls the dispatcher placed for the organisation's campaigns. */
@Path("/v3/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

    @Inject
    CallRepository calls;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    @GET
    @WithSession
    public Uni<Page<CallResponse>> list() {
        ValidationErrors errors = new ValidationErrors();
        PageRequest request = PageRequest.from(uri, errors, CallListQuery.NAMES);
        CallFilter filter = CallListQuery.from(caller.organizationId(), uri.getQueryParameters(), errors);
        errors.throwIfAny();
        return calls.page(filter, request).chain(rows -> calls.count(filter)
                .map(total -> request.page(rows, total, CallResponse::of, c -> c.createdAt.toEpochMilli(), c -> c.id)));
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<CallResponse> get(@PathParam("id") String id) {
        return calls.findOwned(caller.organizationId(), PathIds.parse(id, "call")).map(CallResponse::of);
    }
}
