package io.voxcampaigns.campaign.api;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import io.voxcampaigns.campaign.domain.CampaignFilter;
import io.voxcampaigns.campaign.domain.CampaignPhase;
import io.voxcampaigns.campaign.domain.NewCampaign;
import io.voxcampaigns.campaign.domain.TaskStatus;
import io.voxcampaigns.campaign.service.CampaignCommands;
import io.voxcampaigns.campaign.service.CampaignCreation;
import io.voxcampaigns.campaign.service.CampaignQueries;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.openapi.ApiContractFilter;
import io.voxcampaigns.platform.paging.ListQuery;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;
import io.voxcampaigns.platform.paging.QueryParameters;
import io.voxcampaigns.platform.schedule.HolidayCalendars;

/** The campaigns API (vox v3): create, read and list campaigns, and list a campaign's tasks. */
@Path("/v3/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    private static final List<String> STATUSES = ApiValue.values(CampaignPhase.values());
    private static final List<String> TASK_STATUSES = ApiValue.values(TaskStatus.values());

    private final CampaignCreation creation;
    private final CampaignQueries queries;
    private final StoredJson stored;
    private final CallerContext caller;
    private final Clock clock;
    private final HolidayCalendars calendars;
    private final AuditTrail audit;

    CampaignResource(CampaignCreation creation, CampaignQueries queries, StoredJson stored, CallerContext caller,
                     Clock clock, HolidayCalendars calendars, AuditTrail audit) {
        this.audit = audit;
        this.creation = creation;
        this.queries = queries;
        this.stored = stored;
        this.caller = caller;
        this.clock = clock;
        this.calendars = calendars;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateCampaignRequest.class)))
    @APIResponse(responseCode = "201", description = "the campaign, draft or pending",
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE: a body above 32 MiB",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "SERVICE_UNAVAILABLE: agent-service did not answer; send it again",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<CampaignResponse> create(CreateCampaignRequest body, @Context UriInfo uri,
                                        @Context HttpHeaders headers) {
        QueryParameters.allowOnly(uri, Set.of());
        audit.noteSentFields(SentFields.of(body));
        ValidationErrors errors = new ValidationErrors();
        NewCampaign request = CampaignRequestValidation.validate(body, clock.instant(), calendars, errors);
        if (request == null) {
            errors.throwIfAny();
        }
        return creation.create(caller.organizationId(), request, errors,
                headers.getHeaderString(HttpHeaders.AUTHORIZATION)).map(created ->
                        stored.campaign(created.campaign()).withSuppressedTasks(created.suppressedTasks()));
    }

    @GET
    @Path("/{id}")
    public Uni<CampaignResponse> get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return queries.campaign(caller.organizationId(), campaignId(id), stored::campaign);
    }

    @GET
    @Parameters({
        @Parameter(name = "status", in = ParameterIn.QUERY, description = "repeatable", schema = @Schema(
                type = SchemaType.STRING, enumeration = {"draft", "pending", "ongoing", "paused", "success", "fail",
                    "canceled"})),
        @Parameter(name = "agent_id", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    })
    @Extension(name = ApiContractFilter.PAGED, value = "true")
    public Uni<Page<CampaignResponse>> list(@Context UriInfo uri) {
        ListQuery query = ListQuery.of(uri, "status", "agent_id");
        List<CampaignPhase> statuses = query.enums("status", CampaignPhase::fromValue, STATUSES);
        UUID agentId = query.ids("agent_id", "an agent").stream().findFirst().orElse(null);
        PageRequest page = query.validated();
        CampaignFilter filter = new CampaignFilter(caller.organizationId(), statuses, agentId);
        return queries.campaigns(filter, page, stored::campaign);
    }

    @GET
    @Path("/{id}/tasks")
    @Parameters({
        @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING,
                enumeration = {"queued", "in_progress", "completed", "failed", "canceled"}))
    })
    @Extension(name = ApiContractFilter.PAGED, value = "true")
    public Uni<Page<TaskResponse>> tasks(@PathParam("id") String id, @Context UriInfo uri) {
        ListQuery query = ListQuery.of(uri, "status");
        TaskStatus status = query.oneEnum("status", TaskStatus::fromValue, TASK_STATUSES);
        PageRequest page = query.validated();
        return queries.tasks(caller.organizationId(), campaignId(id), status, page, stored::task);
    }

    static UUID campaignId(String id) {
        return PathIds.parse(id, CampaignCommands.CAMPAIGN);
    }
}
