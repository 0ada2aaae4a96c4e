package io.voxcampaigns.campaign.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * Asks agent-service directly whether an agent version exists, for when the agent read model has not caught up yet.
 * Forwards the caller's API key, so agent-service answers for the caller's organisation only, and only to a key with
 * the agents scope (FORBIDDEN otherwise). Whatever goes wrong
 * (down, slow, an error status, an unreadable body, the circuit open) is one verdict: {@link Verdict#UNAVAILABLE}.
 */
@ApplicationScoped
public class AgentServiceClient {

    private static final Logger LOG = Logger.getLogger(AgentServiceClient.class);
    private static final Answer UNAVAILABLE = new Answer(Verdict.UNAVAILABLE, null);

    /** What agent-service said about an agent version. */
    public enum Verdict {
        FOUND, NO_AGENT, NO_VERSION, FORBIDDEN, UNAVAILABLE
    }

    /** The verdict and, when found, the agent's production version label (may be null). */
    public record Answer(Verdict verdict, String productionVersion) {
    }

    private final AgentServiceApi api;
    private final AgentServiceGuard guard;

    AgentServiceClient(@RestClient AgentServiceApi api, AgentServiceGuard guard) {
        this.api = api;
        this.guard = guard;
    }

    public Uni<Answer> find(String agentId, String version, String authorization) {
        return guard.ask(() -> api.find(agentId, version, authorization))
                .map(AgentServiceClient::answer)
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("agent-service could not answer for agent %s: %s", agentId, failure.toString());
                    return UNAVAILABLE;
                });
    }

    private static Answer answer(Response response) {
        int status = response.getStatus();
        if (status == Response.Status.FORBIDDEN.getStatusCode()) {
            return new Answer(Verdict.FORBIDDEN, null);
        }
        if (status != Response.Status.OK.getStatusCode() && status != Response.Status.NOT_FOUND.getStatusCode()) {
            return UNAVAILABLE;
        }
        AgentReply reply = response.readEntity(AgentReply.class);
        if (reply == null) {
            return UNAVAILABLE;
        }
        if (status == Response.Status.OK.getStatusCode()) {
            return new Answer(Verdict.FOUND, reply.productionVersion());
        }
        return new Answer(reply.versionMissing() ? Verdict.NO_VERSION : Verdict.NO_AGENT, null);
    }
}
