package io.voxcampaigns.dispatcher.placement;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;

/** The voice runtime's create-call endpoint (vox v3), as the vox placer calls it. */
@Path("/v3/calls")
public interface VoxRuntimeApi {

    /** Creates and dials one call; a repeated idempotency key must not dial again. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<VoxCallCreated> create(@HeaderParam("Authorization") String authorization,
                               @HeaderParam("Idempotency-Key") String idempotencyKey, VoxCallRequest call);
}
