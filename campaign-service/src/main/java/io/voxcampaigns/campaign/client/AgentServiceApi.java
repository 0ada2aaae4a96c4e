package io.voxcampaigns.campaign.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/**
 * agent-service's GET /v3/agents/{id}?version= as a REST client (config key {@value #CONFIG_KEY}: its URL is
 * quarkus.rest-client.agent-service.url, which application.properties maps to vox.agent-service.url).
 *
 * <p>A 404 is an answer (no such agent, or no such version), not a failure; any other non-2xx status, a timeout or a
 * connection error is a failure. Timeout, retry and circuit breaker: {@link AgentServiceGuard}.
 */
@RegisterRestClient(configKey = AgentServiceApi.CONFIG_KEY)
@Path("/v3/agents")
public interface AgentServiceApi {

    String CONFIG_KEY = "agent-service";

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> find(@PathParam("id") String agentId, @QueryParam("version") String version,
                       @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** 404 is read as an answer; every other error status fails the call. */
    @ClientExceptionMapper
    static RuntimeException failure(Response response) {
        if (response.getStatus() == RestResponse.StatusCode.NOT_FOUND) {
            return null;
        }
        return new AgentServiceUnavailableException("agent-service answered HTTP " + response.getStatus());
    }
}
