package io.voxcampaigns.agent.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.domain.AgentType;
import io.voxcampaigns.agent.domain.VersionSelector;
import io.voxcampaigns.agent.service.AgentChanges;
import io.voxcampaigns.agent.service.AgentDraft;
import io.voxcampaigns.agent.service.AgentService;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.platform.audit.SentFields;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.openapi.ApiContractFilter;
import io.voxcampaigns.platform.paging.ListQuery;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;
import io.voxcampaigns.platform.paging.QueryParameters;

/**
 * The agents API (vox v3 A1-A5): list, create, read (current or a version), update and delete agents. Bodies arrive
 * as JSON trees because PATCH and partial {@code data} need to know which keys were sent (null clears, omitted
 * keeps); each tree is also bound to its typed record with the strict application mapper, so unknown or mistyped
 * fields are 400s naming their path.
 */
@Path("/v3/agents")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "VALIDATION_ERROR naming each invalid field",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@APIResponse(responseCode = "401", description = "UNAUTHORIZED: missing or invalid API key",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
public class AgentResource {

    private final AgentService agents;
    private final CallerContext caller;
    private final AuditTrail audit;
    private final ObjectMapper mapper;

    public AgentResource(AgentService agents, CallerContext caller, ObjectMapper mapper, AuditTrail audit) {
        this.agents = agents;
        this.caller = caller;
        this.mapper = mapper;
        this.audit = audit;
    }

    @GET
    @Parameters({
        @Parameter(name = "q", in = ParameterIn.QUERY, description = "text in the name",
                schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "type", in = ParameterIn.QUERY, description = "repeatable",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"single_prompt", "flow"}))
    })
    @Extension(name = ApiContractFilter.PAGED, value = "true")
    public Uni<Page<AgentSummary>> list(@Context UriInfo uri) {
        ListQuery query = ListQuery.of(uri, "q", "type");
        String nameContains = query.text("q");
        List<AgentType> types = query.enums("type", AgentType::fromValue, AgentType.apiValues());
        PageRequest page = query.validated();
        return agents.list(caller.organizationId(), nameContains, types, page, AgentSummary::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RequestBody(content = @Content(schema = @Schema(implementation = CreateAgentRequest.class)))
    @APIResponse(responseCode = "201", description = "the agent, with the flow validator's warnings",
            content = @Content(schema = @Schema(implementation = AgentResponse.class)))
    public Uni<AgentResponse> create(ObjectNode body, @Context UriInfo uri) throws JsonProcessingException {
        QueryParameters.allowOnly(uri, Set.of());
        CreateAgentRequest request = typed(body, CreateAgentRequest.class);
        audit.noteSentFields(SentFields.of(body));
        AgentDraft draft = new AgentDraft(request.name(), request.type(), body.get("data"), request.flowData());
        return agents.create(caller.organizationId(), draft).map(AgentResponse::mutation);
    }

    @GET
    @Path("/{agent_id}")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AgentResponse.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such agent, or no such version",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<AgentResponse> get(@PathParam("agent_id") String agentId,
                                  @Parameter(description = "current (the default), production or a snapshot v{n}",
                                          schema = @Schema(type = SchemaType.STRING,
                                                  pattern = VersionSelector.SELECTOR_PATTERN))
                                  @QueryParam("version") String version, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of("version"));
        UUID id = PathIds.parse(agentId, "agent");
        VersionSelector selector = VersionSelector.parse(version);
        if (selector == null) {
            throw ApiException.invalidField("version", "must be 'current', 'production' or v{n} (e.g. v3)");
        }
        return agents.find(caller.organizationId(), id, selector).map(state -> state.version() == null
                ? AgentResponse.current(state.agent()) : AgentResponse.snapshot(state.agent(), state.version()));
    }

    @PATCH
    @Path("/{agent_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = UpdateAgentRequest.class)))
    @APIResponse(responseCode = "200", description = "the updated current state, with the flow validator's warnings",
            content = @Content(schema = @Schema(implementation = AgentResponse.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<AgentResponse> update(@PathParam("agent_id") String agentId, ObjectNode body, @Context UriInfo uri)
            throws JsonProcessingException {
        QueryParameters.allowOnly(uri, Set.of());
        UUID id = PathIds.parse(agentId, "agent");
        UpdateAgentRequest request = typed(body, UpdateAgentRequest.class);
        audit.noteSentFields(SentFields.of(body));
        Set<String> sent = new HashSet<>();
        body.fieldNames().forEachRemaining(sent::add);
        AgentChanges changes = new AgentChanges(sent, request.name(), body.get("data"), request.flowData());
        return agents.update(caller.organizationId(), id, changes).map(AgentResponse::mutation);
    }

    @DELETE
    @Path("/{agent_id}")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "deleted; the agent answers 404 afterwards")
    @APIResponse(responseCode = "404", description = "NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<Void> delete(@PathParam("agent_id") String agentId, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        UUID id = PathIds.parse(agentId, "agent");
        return agents.delete(caller.organizationId(), id);
    }

    /** The body bound to its request record; 400 when there is no body. */
    private <T> T typed(ObjectNode body, Class<T> type) throws JsonProcessingException {
        if (body == null) {
            throw ApiException.invalidField("$", "a JSON object body is required");
        }
        return mapper.treeToValue(body, type);
    }
}
