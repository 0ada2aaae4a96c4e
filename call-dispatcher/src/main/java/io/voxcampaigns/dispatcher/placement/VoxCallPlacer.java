package io.voxcampaigns.dispatcher.placement;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer;
import io.voxcampaigns.platform.logging.PhoneNumbers;

/**
 * Places calls through an HTTP voice runtime: POST {base}/v3/calls with the attempt id as Idempotency-Key, the
 * answer read by {@link VoxAnswers}. Outcomes arrive as webhooks; the deadline sweep asks GET /v3/calls/{id}. The
 * client's own read timeout ends a request the runtime does not answer (it also drops the connection, so a late
 * answer is never read by the next request on a pooled connection); the pool is as large as the requests the
 * dispatcher lets be in flight, so no request waits in the client's queue after the gate let it go.
 */
@ApplicationScoped
@Typed(VoxCallPlacer.class)
public class VoxCallPlacer implements CallPlacer {

    private static final Logger LOG = Logger.getLogger(VoxCallPlacer.class);

    private final DispatcherConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private volatile VoxRuntimeApi api;

    VoxCallPlacer(DispatcherConfig config, Clock clock, ObjectMapper json) {
        this.config = config;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Uni<PlacementAnswer> place(PlacedCall call, CallOutcomes outcomes) {
        return api().create(authorization(), call.attemptId().toString(), VoxCallRequest.of(call))
                .map(response -> answer(call, response))
                .onFailure().recoverWithItem(failure -> {
                    PlacementAnswer answer = VoxAnswers.ofCreateFailure(failure);
                    LOG.debugf("Call %s (attempt %s, request %d): %s", call.callId(), call.attemptId(),
                            call.request(), answer);
                    return answer;
                });
    }

    @Override
    public Uni<RuntimeCallStatus> status(String runtimeCallId) {
        return api().get(authorization(), runtimeCallId)
                .map(response -> {
                    try (response) {
                        return VoxAnswers.ofGet(response.getStatus(), body(response), clock.instant());
                    }
                })
                .onFailure().recoverWithItem(VoxAnswers::ofGetFailure);
    }

    @Override
    public int maxConcurrentRequests() {
        return config.vox().maxConcurrentRequests();
    }

    private PlacementAnswer answer(PlacedCall call, Response response) {
        try (response) {
            PlacementAnswer answer = VoxAnswers.ofCreate(response.getStatus(),
                    response.getHeaderString(HttpHeaders.RETRY_AFTER), body(response), clock.instant());
            if (answer instanceof PlacementAnswer.Rejected rejected) {
                LOG.infof("Voice runtime rejected call %s to %s: %s", call.callId(),
                        PhoneNumbers.mask(call.toNumber()), rejected.error());
            }
            return answer;
        }
    }

    private JsonNode body(Response response) {
        if (!response.hasEntity()) {
            return null;
        }
        try {
            return json.readTree(response.readEntity(String.class));
        } catch (Exception unreadable) {
            return null;
        }
    }

    private String authorization() {
        return config.vox().apiKey().map(key -> "Bearer " + key).orElse(null);
    }

    /** Fails at startup-time use when the runtime is not configured. */
    void requireConfiguration() {
        if (config.vox().baseUrl().isEmpty() || config.vox().webhookSecret().isEmpty()) {
            throw new IllegalStateException("vox.dispatcher.call-placer=vox needs vox.dispatcher.vox.base-url and "
                    + "vox.dispatcher.vox.webhook-secret");
        }
    }

    private VoxRuntimeApi api() {
        VoxRuntimeApi client = api;
        if (client == null) {
            requireConfiguration();
            long timeout = config.vox().requestTimeout().toMillis();
            client = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(URI.create(config.vox().baseUrl().orElseThrow()))
                    .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                    .readTimeout(timeout, TimeUnit.MILLISECONDS)
                    .disableDefaultMapper(true)
                    .property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE,
                            config.vox().maxConcurrentRequests() + 8)
                    .build(VoxRuntimeApi.class);
            api = client;
        }
        return client;
    }
}
