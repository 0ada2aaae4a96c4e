package io.voxcampaigns.agent.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.ResponseStatus;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.domain.AgentType;
import io.voxcampaigns.agent.messaging.AgentEvents;
import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentRepository;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.outbox.OutboxWriter;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;

/** The agents API (vox v3): the organisation's agents. */
@Path("/v3/agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentResource {


    @Inject
    AgentRepository agents;

    @Inject
    OutboxWriter outbox;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    @GET
    @WithSession
    public Uni<Page<AgentResponse>> list() {
        PageRequest request = PageRequest.from(uri);
        String organizationId = caller.organizationId();
        return agents.page(organizationId, request).chain(rows -> agents.countByOrganization(organizationId)
                .map(total -> request.page(rows, total, AgentResponse::of, a -> a.createdAt.toEpochMilli(), a -> a.id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @WithTransaction
    public Uni<AgentResponse> create(CreateAgentRequest body) {
        Agent agent = validated(body);
        agent.organizationId = caller.organizationId();
        return agents.persist(agent)
                .chain(saved -> outbox.append(AgentEvents.created(saved)).replaceWith(saved))
                .map(AgentResponse::of);
    }

    private static Agent validated(CreateAgentRequest body) {
        ValidationErrors errors = new ValidationErrors();
        if (body == null) {
            errors.add("$", "request body is required").throwIfAny();
        }
        if (body.name() == null || body.name().isBlank()) {
            errors.add("name", "must not be blank");
        } else if (body.name().length() > 255) {
            errors.add("name", "must be at most 255 characters");
        }
        AgentType type = body.type() == null ? AgentType.SINGLE_PROMPT : AgentType.fromValue(body.type());
        if (type == null) {
            errors.add("type", "must be 'single_prompt' or 'flow'");
        }
        errors.throwIfAny();
        Agent agent = new Agent();
        agent.id = UUID.randomUUID();
        agent.name = body.name();
        agent.type = type;
        agent.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        agent.updatedAt = agent.createdAt;
        return agent;
    }
}
