package io.voxcampaigns.agent.api;

import java.util.Comparator;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.domain.VersionSelector;
import io.voxcampaigns.agent.messaging.AgentEventPublisher;
import io.voxcampaigns.agent.messaging.AgentEvents;
import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentRepository;
import io.voxcampaigns.agent.persistence.AgentVersion;
import io.voxcampaigns.agent.persistence.AgentVersionRepository;
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

    static final int MAX_DESCRIPTION = 500;

    @Inject
    AgentRepository agents;

    @Inject
    AgentVersionRepository versions;

    @Inject
    AgentEventPublisher events;

    @Inject
    ObjectMapper mapper;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    /** The body is optional ({@code {}} or none), so it is read as text and bound only when present. */
    @POST
    @ResponseStatus(201)
    @WithTransaction
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = CreateVersionRequest.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CreatedVersionResponse.class)))
    public Uni<CreatedVersionResponse> create(@PathParam("agent_id") String agentId, String body)
            throws JsonProcessingException {
        QueryParameters.allowOnly(uri, Set.of());
        UUID id = PathIds.parse(agentId, "agent");
        CreateVersionRequest request = body == null || body.isBlank()
                ? new CreateVersionRequest(null) : mapper.readValue(body, CreateVersionRequest.class);
        if (request != null && request.description() != null && request.description().length() > MAX_DESCRIPTION) {
            throw ApiException.invalidField("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        String description = request == null ? null : request.description();
        return agents.lockLive(caller.organizationId(), id).chain(agent -> snapshot(agent, description)
                .call(version -> events.publish(agent, all -> AgentEvents.updated(agent, all))))
                .map(CreatedVersionResponse::of);
    }

    private Uni<AgentVersion> snapshot(Agent agent, String description) {
        AgentVersion version = new AgentVersion();
        version.id = UUID.randomUUID();
        version.agentId = agent.id;
        version.number = agent.lastVersion + 1;
        version.label = VersionSelector.label(version.number);
        version.description = description;
        version.data = agent.data;
        version.flowData = agent.flowData;
        version.createdAt = AgentResource.nextUpdate(agent.updatedAt);
        agent.lastVersion = version.number;
        agent.updatedAt = version.createdAt;
        return versions.persist(version);
    }

    @GET
    @WithSession
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VersionListResponse.class)))
    public Uni<VersionListResponse> list(@PathParam("agent_id") String agentId) {
        QueryParameters.allowOnly(uri, Set.of());
        UUID id = PathIds.parse(agentId, "agent");
        return agents.findLive(caller.organizationId(), id).chain(agent -> versions.ofAgent(id).map(all -> {
            var newestFirst = all.stream().sorted(Comparator.comparingInt((AgentVersion v) -> v.number).reversed())
                    .map(v -> VersionInfo.of(v, agent)).toList();
            return new VersionListResponse(newestFirst, newestFirst.size());
        }));
    }

    @POST
    @Path("/{version}/publish")
    @WithTransaction
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishResponse.class)))
    public Uni<PublishResponse> publish(@PathParam("agent_id") String agentId, @PathParam("version") String label) {
        QueryParameters.allowOnly(uri, Set.of());
        UUID id = PathIds.parse(agentId, "agent");
        int number = VersionSelector.numberOf(label);
        if (number == 0) {
            throw ApiException.invalidField("version", "must be a version label v{n} such as v3 (current cannot be published)");
        }
        return agents.lockLive(caller.organizationId(), id).chain(agent -> versions.find(id, number)
                .onItem().ifNull().failWith(() -> ApiException.notFound("agent version", label))
                .chain(version -> makeProduction(agent, version)));
    }

    private Uni<PublishResponse> makeProduction(Agent agent, AgentVersion version) {
        String previous = agent.productionVersion;
        PublishResponse response = new PublishResponse(agent.id.toString(), version.label, previous);
        if (version.label.equals(previous)) {
            // already production: nothing changed, so there is nothing to announce
            return Uni.createFrom().item(response);
        }
        agent.productionVersion = version.label;
        agent.updatedAt = AgentResource.nextUpdate(agent.updatedAt);
        return events.publish(agent, all -> AgentEvents.published(agent, all, previous)).replaceWith(response);
    }
}
