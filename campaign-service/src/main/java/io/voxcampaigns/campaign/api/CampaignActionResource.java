package io.voxcampaigns.campaign.api;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

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

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.platform.audit.SentFields;
import io.voxcampaigns.campaign.domain.CampaignEdit;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.service.CampaignEditing;
import io.voxcampaigns.campaign.service.CampaignLifecycle;
import io.voxcampaigns.campaign.service.CampaignQueries;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.paging.QueryParameters;
import io.voxcampaigns.platform.schedule.HolidayCalendars;

/**
 * The campaigns API's changes to one campaign (PATCH, pause, resume, cancel; each answers 200 with the campaign, 409
 * when the status does not allow it) and its counter reconciliation check.
 */
@Path("/v3/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignActionResource {

    private final CampaignEditing editing;
    private final CampaignLifecycle lifecycle;
    private final CampaignQueries queries;
    private final StoredJson stored;
    private final CallerContext caller;
    private final ObjectMapper json;
    private final Clock clock;
    private final HolidayCalendars calendars;
    private final AuditTrail audit;

    CampaignActionResource(CampaignEditing editing, CampaignLifecycle lifecycle, CampaignQueries queries,
                           StoredJson stored, CallerContext caller, ObjectMapper json, Clock clock,
                           HolidayCalendars calendars, AuditTrail audit) {
        this.audit = audit;
        this.editing = editing;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.stored = stored;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
        this.calendars = calendars;
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PatchCampaignRequest.class)))
    @APIResponse(responseCode = "200", description = "the campaign after the edit",
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "409", description = "CONFLICT: the campaign's status does not allow it; details.status",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<CampaignResponse> edit(@PathParam("id") String id, ObjectNode body, @Context UriInfo uri)
            throws JsonProcessingException {
        QueryParameters.allowOnly(uri, Set.of());
        UUID campaignId = CampaignResource.campaignId(id);
        audit.noteSentFields(SentFields.of(body));
        CampaignEdit edit = CampaignEditValidation.validate(body, typed(body), clock.instant(), calendars);
        return editing.edit(caller.organizationId(), campaignId, edit).map(stored::campaign);
    }

    @POST
    @Path("/{id}/pause")
    @APIResponse(responseCode = "200", description = "the campaign after the command",
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "409", description = "CONFLICT: the campaign's status does not allow it; details.status",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<CampaignResponse> pause(@PathParam("id") String id, @Context UriInfo uri) {
        return act(id, uri, lifecycle::pause);
    }

    @POST
    @Path("/{id}/resume")
    @APIResponse(responseCode = "200", description = "the campaign after the command",
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "409", description = "CONFLICT: the campaign's status does not allow it; details.status",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<CampaignResponse> resume(@PathParam("id") String id, @Context UriInfo uri) {
        return act(id, uri, lifecycle::resume);
    }

    @POST
    @Path("/{id}/cancel")
    @APIResponse(responseCode = "200", description = "the campaign after the command",
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "409", description = "CONFLICT: the campaign's status does not allow it; details.status",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<CampaignResponse> cancel(@PathParam("id") String id, @Context UriInfo uri) {
        return act(id, uri, lifecycle::cancel);
    }

    /** Recomputes the counters from the task rows; for tests and operators (not part of vox's API). */
    @GET
    @Path("/{id}/reconciliation")
    public Uni<ReconciliationResponse> reconciliation(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return queries.reconciliation(caller.organizationId(), CampaignResource.campaignId(id),
                ReconciliationResponse::of);
    }

    /** The body bound with the strict mapper: an unknown or mistyped field is a 400 naming it. */
    private PatchCampaignRequest typed(ObjectNode body) throws JsonProcessingException {
        if (body == null) {
            throw ApiException.invalidField("$", "a JSON object body is required");
        }
        return json.treeToValue(body, PatchCampaignRequest.class);
    }

    private Uni<CampaignResponse> act(String id, UriInfo uri, BiFunction<String, UUID, Uni<Campaign>> action) {
        QueryParameters.allowOnly(uri, Set.of());
        return action.apply(caller.organizationId(), CampaignResource.campaignId(id)).map(stored::campaign);
    }
}
