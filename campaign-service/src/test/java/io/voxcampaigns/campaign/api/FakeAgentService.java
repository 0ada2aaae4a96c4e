package io.voxcampaigns.campaign.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Stands in for agent-service's GET /v3/agents/{id}?version= in tests (the test profile points the client here): it
 * knows only the agents a test registered, answers 404 in agent-service's envelope otherwise, and, like the real
 * one, only for the caller's own API key.
 */
@Path("/fake-agent-service/v3/agents/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class FakeAgentService {

    /** An agent as agent-service knows it, visible only with the given Authorization header. */
    record Agent(String authorization, List<String> versions, String productionVersion) {
    }

    static final Map<String, Agent> AGENTS = new ConcurrentHashMap<>();

    /** Agents for which the stand-in fails as an agent-service outage would. */
    public static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

    /** Agents the stand-in answers only after {@link #SLOW_ANSWER_MS}, as an overloaded agent-service would. */
    public static final Set<String> SLOW = ConcurrentHashMap.newKeySet();

    public static final long SLOW_ANSWER_MS = 3000;

    /** How many requests the stand-in received for each agent. */
    public static final Map<String, Integer> REQUESTS = new ConcurrentHashMap<>();

    public static void register(String agentId, String apiKey, List<String> versions, String productionVersion) {
        AGENTS.put(agentId, new Agent("Bearer " + apiKey, versions, productionVersion));
    }

    @GET
    public Response get(@PathParam("id") String id, @QueryParam("version") String version,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) throws InterruptedException {
        REQUESTS.merge(id, 1, Integer::sum);
        if (SLOW.contains(id)) {
            Thread.sleep(SLOW_ANSWER_MS);
        }
        if (FAILING.contains(id)) {
            return Response.status(503).build();
        }
        Agent agent = AGENTS.get(id);
        if (agent == null || !agent.authorization().equals(authorization)) {
            return notFound("agent", id);
        }
        boolean known = version == null || version.equals("current")
                || version.equals("production") && agent.productionVersion() != null
                || agent.versions().contains(version);
        if (!known) {
            return notFound("agent version", version);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("agent_id", id);
        body.put("production_version", agent.productionVersion());
        return Response.ok(body).build();
    }

    private static Response notFound(String resource, String id) {
        Map<String, Object> error = Map.of("code", "NOT_FOUND", "message", resource + " " + id + " not found",
                "details", Map.of("resource", resource, "id", id));
        return Response.status(404).entity(Map.of("error", error)).build();
    }
}
