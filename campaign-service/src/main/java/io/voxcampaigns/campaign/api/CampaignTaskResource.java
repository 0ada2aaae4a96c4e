package io.voxcampaigns.campaign.api;

import java.time.Instant;
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
import org.jboss.resteasy.reactive.ResponseStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.platform.audit.SentFields;
import io.voxcampaigns.campaign.domain.NewTask;
import io.voxcampaigns.campaign.domain.Timestamps;
import io.voxcampaigns.campaign.service.TaskAppending;
import io.voxcampaigns.campaign.service.TaskRequeueing;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.paging.QueryParameters;

/**
 * Changes to a campaign's tasks after its creation: appending recipients (docs: api, "Appending recipients"), a
 * callback for one task and a re-run of the failed ones (docs: api, "Callbacks and re-runs").
 */
@Path("/v3/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignTaskResource {

    private final TaskAppending appending;
    private final TaskRequeueing requeueing;
    private final StoredJson stored;
    private final CallerContext caller;
    private final ObjectMapper json;
    private final AuditTrail audit;

    CampaignTaskResource(TaskAppending appending, TaskRequeueing requeueing, StoredJson stored, CallerContext caller,
                         ObjectMapper json, AuditTrail audit) {
        this.audit = audit;
        this.appending = appending;
        this.requeueing = requeueing;
        this.stored = stored;
        this.caller = caller;
        this.json = json;
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

    @POST
    @Path("/{id}/tasks/{task_id}/callback")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CallbackRequest.class)))
    @APIResponse(responseCode = "202", description = "the task and when its attempt may start",
            content = @Content(schema = @Schema(implementation = CallbackResponse.class)))
    @APIResponse(responseCode = "409", description = "CONFLICT: the campaign or the task is canceled, or the campaign "
            + "failed; details.status", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<CallbackResponse> callback(@PathParam("id") String id, @PathParam("task_id") String taskId,
                                          CallbackRequest body, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        UUID campaignId = CampaignResource.campaignId(id);
        UUID task = PathIds.parse(taskId, "task");
        if (body == null || body.at() == null) {
            throw ApiException.invalidField("at", "is required: unix ms of the callback");
        }
        Instant at = Timestamps.fromApi(body.at());
        if (at == null) {
            throw ApiException.invalidField("at", "must be unix milliseconds (10-11 digit values are read as "
                    + "seconds), got " + body.at());
        }
        return requeueing.callback(caller.organizationId(), campaignId, task, at)
                .map(done -> new CallbackResponse(done.campaign().id.toString(), done.taskId().toString(),
                        done.dueAt().toEpochMilli()));
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    @ResponseStatus(202)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RerunRequest.class)))
    @APIResponse(responseCode = "202", description = "how many failed tasks are called again, and the campaign",
            content = @Content(schema = @Schema(implementation = RerunResponse.class)))
    @APIResponse(responseCode = "409", description = "CONFLICT: the campaign is canceled or failed, or its "
            + "retry_policy.deadline_at has passed; details.status",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<RerunResponse> rerun(@PathParam("id") String id, String body, @Context UriInfo uri)
            throws JsonProcessingException {
        QueryParameters.allowOnly(uri, Set.of());
        UUID campaignId = CampaignResource.campaignId(id);
        // the body is optional: a request without one (and without a Content-Type) re-runs every failed task
        RerunRequest request = body == null || body.isBlank() ? null : json.readValue(body, RerunRequest.class);
        audit.noteSentFields(SentFields.of(request));
        List<String> reasons = reasons(request);
        return requeueing.rerun(caller.organizationId(), campaignId, reasons)
                .map(done -> new RerunResponse(done.requeued(), stored.campaign(done.campaign())));
    }

    /** The filter of a re-run: null for every failed task; an empty list is a 400 naming it. */
    private static List<String> reasons(RerunRequest body) {
        if (body == null || body.disconnectionReasons() == null) {
            return null;
        }
        List<DisconnectionReasonName> reasons = body.disconnectionReasons();
        if (reasons.isEmpty() || reasons.contains(null)) {
            throw ApiException.invalidField("disconnection_reasons", "must name at least one reason (no null), or be "
                    + "left out for every failed task");
        }
        return reasons.stream().map(Enum::name).distinct().toList();
    }
}
