package io.voxcampaigns.agent.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
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

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.domain.AgentType;
import io.voxcampaigns.agent.domain.VersionSelector;
import io.voxcampaigns.agent.domain.data.AgentData;
import io.voxcampaigns.agent.domain.flow.FlowReport;
import io.voxcampaigns.agent.messaging.AgentEventPublisher;
import io.voxcampaigns.agent.messaging.AgentEvents;
import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentJson;
import io.voxcampaigns.agent.persistence.AgentRepository;
import io.voxcampaigns.agent.persistence.AgentRepository.AgentFilter;
import io.voxcampaigns.agent.persistence.AgentVersionRepository;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;
import io.voxcampaigns.platform.paging.QueryParameters;

/** The agents API (vox v3 A1-A5): list, create, read (current or a version), update and delete agents. */
@Path("/v3/agents")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "VALIDATION_ERROR naming each invalid field",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@APIResponse(responseCode = "401", description = "UNAUTHORIZED: missing or invalid API key",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
public class AgentResource {

    @Inject
    AgentRepository agents;

    @Inject
    AgentVersionRepository versions;

    @Inject
    AgentEventPublisher events;

    @Inject
    AgentInput input;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    @GET
    @WithSession
    public Uni<Page<AgentSummary>> list() {
        ValidationErrors errors = new ValidationErrors();
        PageRequest request = PageRequest.from(uri, errors, "q", "type");
        String q = uri.getQueryParameters().getFirst("q");
        List<AgentType> types = new ArrayList<>();
        for (String value : uri.getQueryParameters().getOrDefault("type", List.of())) {
            AgentType type = AgentType.fromValue(value);
            if (type == null) {
                errors.add("type", "must be 'single_prompt' or 'flow'");
            } else {
                types.add(type);
            }
        }
        errors.throwIfAny();
        AgentFilter filter = new AgentFilter(caller.organizationId(), q == null || q.isEmpty() ? null : q, types);
        return agents.page(filter, request).chain(rows -> agents.count(filter).map(total ->
                request.page(rows, total, AgentSummary::of, a -> a.createdAt.toEpochMilli(), a -> a.id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @WithTransaction
    @RequestBody(content = @Content(schema = @Schema(implementation = CreateAgentRequest.class)))
    @APIResponse(responseCode = "201", description = "the agent, with the flow validator's warnings",
            content = @Content(schema = @Schema(implementation = AgentResponse.class)))
    public Uni<AgentResponse> create(ObjectNode body) throws JsonProcessingException {
        QueryParameters.allowOnly(uri, Set.of());
        AgentInput.NewAgent valid = input.validCreate(input.typed(body, CreateAgentRequest.class), body);
        Agent agent = new Agent();
        agent.id = UUID.randomUUID();
        agent.organizationId = caller.organizationId();
        agent.name = valid.name();
        agent.type = valid.type();
        agent.data = AgentJson.write(valid.data());
        agent.flowData = AgentJson.write(valid.flowData());
        agent.validationMessage = valid.validationMessage();
        agent.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        agent.updatedAt = agent.createdAt;
        return agents.persist(agent)
                .chain(saved -> events.publish(saved, all -> AgentEvents.created(saved, all)))
                .map(ignored -> AgentResponse.mutation(agent));
    }

    @GET
    @Path("/{agent_id}")
    @WithSession
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AgentResponse.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such agent, or no such version",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<AgentResponse> get(@PathParam("agent_id") String agentId, @QueryParam("version") String version) {
        QueryParameters.allowOnly(uri, Set.of("version"));
        UUID id = PathIds.parse(agentId, "agent");
        VersionSelector selector = VersionSelector.parse(version);
        if (selector == null) {
            throw ApiException.invalidField("version", "must be 'current', 'production' or v{n} (e.g. v3)");
        }
        return agents.findLive(caller.organizationId(), id).chain(agent -> switch (selector.kind()) {
            case CURRENT -> Uni.createFrom().item(AgentResponse.current(agent));
            case PRODUCTION -> agent.productionVersion == null
                    ? Uni.createFrom().failure(ApiException.notFound("agent version", "production"))
                    : snapshot(agent, VersionSelector.numberOf(agent.productionVersion));
            case NUMBERED -> snapshot(agent, selector.number());
        });
    }

    private Uni<AgentResponse> snapshot(Agent agent, int number) {
        return versions.find(agent.id, number)
                .onItem().ifNull().failWith(() -> ApiException.notFound("agent version", VersionSelector.label(number)))
                .map(version -> AgentResponse.snapshot(agent, version));
    }

    @PATCH
    @Path("/{agent_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @RequestBody(content = @Content(schema = @Schema(implementation = UpdateAgentRequest.class)))
    @APIResponse(responseCode = "200", description = "the updated current state, with the flow validator's warnings",
            content = @Content(schema = @Schema(implementation = AgentResponse.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<AgentResponse> update(@PathParam("agent_id") String agentId, ObjectNode body)
            throws JsonProcessingException {
        QueryParameters.allowOnly(uri, Set.of());
        UUID id = PathIds.parse(agentId, "agent");
        UpdateAgentRequest request = input.typed(body, UpdateAgentRequest.class);
        AgentInput.checkUpdateShape(request, body);
        return agents.lockLive(caller.organizationId(), id)
                .map(agent -> applyUpdate(agent, request, body))
                .chain(agent -> events.publish(agent, all -> AgentEvents.updated(agent, all))
                        .map(ignored -> AgentResponse.mutation(agent)));
    }

    /** Validates the merged result against the locked agent and applies it; nothing changes on a 400. */
    private Agent applyUpdate(Agent agent, UpdateAgentRequest request, ObjectNode body) {
        ValidationErrors errors = new ValidationErrors();
        AgentData data = input.mergeData(AgentJson.data(agent.data), body.get("data"), errors);
        FlowReport report = null;
        if (body.has("flow_data")) {
            if (agent.type != AgentType.FLOW) {
                errors.add("flow_data", "only flow agents have flow_data; this agent is single_prompt");
            } else if (request.flowData() == null) {
                errors.add("flow_data", "must be a graph; omit it to keep the current one");
            } else {
                report = AgentInput.checkFlow(request.flowData(), errors);
            }
        }
        errors.throwIfAny();
        if (body.has("name")) {
            agent.name = request.name();
        }
        agent.data = AgentJson.write(data);
        if (report != null) {
            agent.flowData = AgentJson.write(request.flowData());
            agent.validationMessage = report.warningMessage();
        }
        agent.updatedAt = nextUpdate(agent.updatedAt);
        return agent;
    }

    @DELETE
    @Path("/{agent_id}")
    @WithTransaction
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "deleted; the agent answers 404 afterwards")
    @APIResponse(responseCode = "404", description = "NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<Void> delete(@PathParam("agent_id") String agentId) {
        QueryParameters.allowOnly(uri, Set.of());
        UUID id = PathIds.parse(agentId, "agent");
        return agents.lockLive(caller.organizationId(), id).chain(agent -> {
            Instant deletedAt = nextUpdate(agent.updatedAt);
            agent.deletedAt = deletedAt;
            return events.publish(agent, all -> AgentEvents.deleted(agent, all, deletedAt));
        });
    }

    /** Now, but always after {@code previous}, so updated_at visibly moves even within one millisecond. */
    static Instant nextUpdate(Instant previous) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return now.isAfter(previous) ? now : previous.plusMillis(1);
    }
}
