package io.voxcampaigns.campaign.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
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

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.NewTask;
import io.voxcampaigns.campaign.service.TaskAppending;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.paging.QueryParameters;

/** Changes to a campaign's tasks after its creation: appending recipients (docs: api, "Appending recipients"). */
@Path("/v3/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignTaskResource {

    private final TaskAppending appending;
    private final StoredJson stored;
    private final CallerContext caller;

    CampaignTaskResource(TaskAppending appending, StoredJson stored, CallerContext caller) {
        this.appending = appending;
        this.stored = stored;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AppendTasksRequest.class)))
    @APIResponse(responseCode = "200", description = "how many tasks were added, which were skipped, the campaign",
            content = @Content(schema = @Schema(implementation = AppendTasksResponse.class)))
    @APIResponse(responseCode = "409", description = "CONFLICT: the campaign is canceled or failed; details.status",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE: a body above 32 MiB",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<AppendTasksResponse> append(@PathParam("id") String id, AppendTasksRequest body,
                                           @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        UUID campaignId = CampaignResource.campaignId(id);
        ValidationErrors errors = new ValidationErrors();
        if (body == null) {
            throw ApiException.invalidField("$", "a JSON object body with tasks is required");
        }
        List<NewTask> tasks = CampaignRequestValidation.tasks(body.tasks(), errors);
        errors.throwIfAny();
        return appending.append(caller.organizationId(), campaignId, tasks)
                .map(appended -> AppendTasksResponse.of(appended, stored.campaign(appended.campaign())));
    }
}
