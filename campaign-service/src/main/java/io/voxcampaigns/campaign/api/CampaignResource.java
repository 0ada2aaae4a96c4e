package io.voxcampaigns.campaign.api;

import java.util.ArrayList;
import java.util.List;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.ResponseStatus;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.CampaignStatus;
import io.voxcampaigns.campaign.domain.TaskStatus;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.CampaignRepository;
import io.voxcampaigns.campaign.persistence.CampaignTask;
import io.voxcampaigns.campaign.persistence.TaskRepository;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;
import io.voxcampaigns.platform.paging.QueryParameters;

/** The campaigns API (vox v3): create, read and list campaigns, and list a campaign's tasks. */
@Path("/v3/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    private static final String CAMPAIGN = "campaign";
    private static final String STATUSES = "draft, pending, ongoing, paused, success, fail, canceled";

    @Inject
    CampaignCreation creation;

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

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @WithSession
    public Uni<CampaignResponse> create(CreateCampaignRequest body) {
        QueryParameters.allowOnly(uri, Set.of());
        return creation.create(caller.organizationId(), body, headers.getHeaderString(HttpHeaders.AUTHORIZATION))
                .map(stored::campaign);
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<CampaignResponse> get(@PathParam("id") String id) {
        QueryParameters.allowOnly(uri, Set.of());
        return find(id).map(stored::campaign);
    }

    @GET
    @WithSession
    public Uni<Page<CampaignResponse>> list(@QueryParam("status") List<String> statuses,
                                            @QueryParam("agent_id") String agentId) {
        ValidationErrors errors = new ValidationErrors();
        PageRequest request = PageRequest.from(uri, errors, "status", "agent_id");
        CampaignRepository.Filter filter = new CampaignRepository.Filter(caller.organizationId(),
                statuses(statuses, errors), agentId(agentId, errors));
        errors.throwIfAny();
        return campaigns.page(filter, request).chain(rows -> campaigns.count(filter)
                .map(total -> request.page(rows, total, stored::campaign, c -> c.createdAt.toEpochMilli(), c -> c.id)));
    }

    @GET
    @Path("/{id}/tasks")
    @WithSession
    public Uni<Page<TaskResponse>> tasks(@PathParam("id") String id, @QueryParam("status") String status) {
        ValidationErrors errors = new ValidationErrors();
        PageRequest request = PageRequest.from(uri, errors, "status");
        TaskStatus filter = status == null ? null : TaskStatus.fromValue(status);
        if (status != null && filter == null) {
            errors.add("status", "must be one of queued, in_progress, completed, failed, canceled");
        }
        errors.throwIfAny();
        return find(id).chain(campaign -> tasks.page(campaign.id, filter, request)
                .chain(rows -> tasks.count(campaign.id, filter)
                        .map(total -> request.page(rows, total, stored::task, (CampaignTask t) -> t.seq, t -> t.id))));
    }

    private Uni<Campaign> find(String id) {
        UUID campaignId = PathIds.parse(id, CAMPAIGN);
        return campaigns.findInOrganization(caller.organizationId(), campaignId)
                .onItem().ifNull().failWith(() -> ApiException.notFound(CAMPAIGN, id));
    }

    private static List<CampaignStatus> statuses(List<String> values, ValidationErrors errors) {
        List<CampaignStatus> statuses = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            CampaignStatus status = CampaignStatus.fromValue(value);
            if (status == null) {
                errors.add("status", "must be one of " + STATUSES + ", got '" + value + "'");
            } else {
                statuses.add(status);
            }
        }
        return statuses;
    }

    private static UUID agentId(String value, ValidationErrors errors) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add("agent_id", "must be an agent id (UUID)");
            return null;
        }
    }
}
