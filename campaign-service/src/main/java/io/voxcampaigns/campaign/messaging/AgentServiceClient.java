package io.voxcampaigns.campaign.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;

/**
 * Asks agent-service directly whether an agent version exists, for when the agent read model has not caught up yet.
 * Forwards the caller's API key, so agent-service answers for the caller's organisation only.
 */
@ApplicationScoped
public class AgentServiceClient {

    static final String URL_PROPERTY = "vox.agent-service.url";
    private static final String DEFAULT_URL = "http://localhost:8081";
    private static final int TIMEOUT_MS = 2000;

    /** What agent-service said about an agent version. */
    public enum Verdict {
        FOUND, NO_AGENT, NO_VERSION, UNAVAILABLE
    }

    /** The verdict and, when found, the agent's production version label (may be null). */
    public record Answer(Verdict verdict, String productionVersion) {
    }

    @Inject
    Vertx vertx;

    private HttpClient client;

    public Uni<Answer> find(String agentId, String version, String authorization) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(baseUrl() + "/v3/agents/" + agentId + "?version=" + version)
                .setTimeout(TIMEOUT_MS);
        if (authorization != null) {
            options.putHeader("Authorization", authorization);
        }
        return client().request(options)
                .chain(request -> request.send())
                .chain(response -> response.body().map(body -> answer(response.statusCode(), body.toString())))
                .onFailure().recoverWithItem(new Answer(Verdict.UNAVAILABLE, null));
    }

    private static Answer answer(int status, String body) {
        try {
            if (status == 200) {
                return new Answer(Verdict.FOUND, new JsonObject(body).getString("production_version"));
            }
            if (status == 404) {
                JsonObject details = new JsonObject(body).getJsonObject("error").getJsonObject("details");
                boolean versionMissing = details != null && "agent version".equals(details.getString("resource"));
                return new Answer(versionMissing ? Verdict.NO_VERSION : Verdict.NO_AGENT, null);
            }
        } catch (RuntimeException e) {
            return new Answer(Verdict.UNAVAILABLE, null);
        }
        return new Answer(Verdict.UNAVAILABLE, null);
    }

    /** Read per call so tests can point it at a stand-in that listens on a port known only after start. */
    private static String baseUrl() {
        return ConfigProvider.getConfig().getOptionalValue(URL_PROPERTY, String.class).orElse(DEFAULT_URL);
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(TIMEOUT_MS));
        }
        return client;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.closeAndForget();
        }
    }
}
