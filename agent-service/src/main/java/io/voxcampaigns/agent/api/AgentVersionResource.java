package io.voxcampaigns.agent.api;

import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.domain.VersionSelector;
import io.voxcampaigns.agent.service.AgentVersionService;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.paging.QueryParameters;

/** Agent versions (vox v3 A6-A8): immutable snapshots of the current state, one of which is production. */
@Path("/v3/agents/{agent_id}/versions")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "NOT_FOUND: no such agent or version",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
public class AgentVersionResource {

    private final AgentVersionService versions;
    private final CallerContext caller;
    private final ObjectMapper mapper;

    public AgentVersionResource(AgentVersionService versions, CallerContext caller, ObjectMapper mapper) {
        this.versions = versions;
        this.caller = caller;
        this.mapper = mapper;
    }

    /** The body is optional ({@code {}} or none), so it is read as text and bound only when present. */
    @POST
    @ResponseStatus(201)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateVersionRequest.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CreatedVersionResponse.class)))
    public Uni<CreatedVersionResponse> create(@PathParam("agent_id") String agentId, String body, @Context UriInfo uri)
            throws JsonProcessingException {
        QueryParameters.allowOnly(uri, Set.of());
        UUID id = PathIds.parse(agentId, "agent");
        CreateVersionRequest request = body == null || body.isBlank()
                ? null : mapper.readValue(body, CreateVersionRequest.class);
        String description = request == null ? null : request.description();
        return versions.create(caller.organizationId(), id, description).map(CreatedVersionResponse::of);
    }

    @GET
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VersionListResponse.class)))
    public Uni<VersionListResponse> list(@PathParam("agent_id") String agentId, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        UUID id = PathIds.parse(agentId, "agent");
        return versions.list(caller.organizationId(), id).map(found -> {
            var newestFirst = found.newestFirst().stream().map(v -> VersionInfo.of(v, found.agent())).toList();
            return new VersionListResponse(newestFirst, newestFirst.size());
        });
    }

    @POST
    @Path("/{version}/publish")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishResponse.class)))
    public Uni<PublishResponse> publish(@PathParam("agent_id") String agentId,
                                        @Parameter(schema = @Schema(type = SchemaType.STRING,
                                                pattern = VersionSelector.LABEL_PATTERN))
                                        @PathParam("version") String label, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        UUID id = PathIds.parse(agentId, "agent");
        int number = VersionSelector.numberOf(label);
        if (number == 0) {
            throw ApiException.invalidField("version", "must be a version label v{n} such as v3 (current cannot be published)");
        }
        return versions.publish(caller.organizationId(), id, number).map(published -> new PublishResponse(
                published.agentId().toString(), published.productionVersion(), published.previousProductionVersion()));
    }
}
