package io.voxcampaigns.dispatcher.placement;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;

/**
 * The voice runtime's calls API (vox v3) as the vox placer calls it; answers are read whatever their status (the
 * client is built without the default exception mapper), so {@link VoxAnswers} can tell refusals from rejections.
 */
@Path("/v3/calls")
public interface VoxRuntimeApi {

    /** Creates and dials one call; a repeated idempotency key answers the existing call and dials nothing. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> create(@HeaderParam("Authorization") String authorization,
                         @HeaderParam("Idempotency-Key") String idempotencyKey, VoxCallRequest call);

    /** One call, with its status and outcome. */
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> get(@HeaderParam("Authorization") String authorization, @PathParam("id") String runtimeCallId);
}
