package io.voxcampaigns.campaign.api;

import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.CampaignRepository;
import io.voxcampaigns.campaign.persistence.TaskRepository;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.paging.QueryParameters;

/**
 * The campaigns API's changes to one campaign (PATCH, pause, resume, cancel; each answers 200 with the campaign, 409
 * when the status does not allow it) and its counter reconciliation check.
 */
@Path("/v3/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignActionResource {

    @Inject
    CampaignEditing editing;

    @Inject
    CampaignLifecycle lifecycle;

    @Inject
    CampaignRepository campaigns;

    @Inject
    TaskRepository tasks;

    @Inject
    StoredJson stored;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<CampaignResponse> edit(@PathParam("id") String id, ObjectNode body) throws JsonProcessingException {
        QueryParameters.allowOnly(uri, Set.of());
        return editing.edit(caller.organizationId(), campaignId(id), body).map(stored::campaign);
    }

    @POST
    @Path("/{id}/pause")
    @WithTransaction
    public Uni<CampaignResponse> pause(@PathParam("id") String id) {
        return act(id, lifecycle::pause);
    }

    @POST
    @Path("/{id}/resume")
    @WithTransaction
    public Uni<CampaignResponse> resume(@PathParam("id") String id) {
        return act(id, lifecycle::resume);
    }

    @POST
    @Path("/{id}/cancel")
    @WithTransaction
    public Uni<CampaignResponse> cancel(@PathParam("id") String id) {
        return act(id, lifecycle::cancel);
    }

    /** Recomputes the counters from the task rows; for tests and operators (not part of vox's API). */
    @GET
    @Path("/{id}/reconciliation")
    @WithTransaction
    public Uni<ReconciliationResponse> reconciliation(@PathParam("id") String id) {
        QueryParameters.allowOnly(uri, Set.of());
        return campaigns.shareLockInOrganization(caller.organizationId(), campaignId(id))
                .onItem().ifNull().failWith(() -> ApiException.notFound(CampaignCommands.CAMPAIGN, id))
                .chain(campaign -> tasks.countByStatus(campaign.id)
                        .map(counts -> ReconciliationResponse.of(campaign, counts)));
    }

    private Uni<CampaignResponse> act(String id, BiFunction<String, UUID, Uni<Campaign>> action) {
        QueryParameters.allowOnly(uri, Set.of());
        return action.apply(caller.organizationId(), campaignId(id)).map(stored::campaign);
    }

    private static UUID campaignId(String id) {
        return PathIds.parse(id, CampaignCommands.CAMPAIGN);
    }
}
