package io.voxcampaigns.dispatcher.placement;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.persistence.CallLookups;

/**
 * Places calls through an HTTP voice runtime: POST {base}/v3/calls with the attempt id as Idempotency-Key. A refused,
 * failed or unanswered request ends the call as error at once (never retried: the recipient may have been dialled).
 * Outcomes of placed calls arrive as webhooks; a call without one is closed by the deadline sweep.
 */
@ApplicationScoped
@Typed(VoxCallPlacer.class)
public class VoxCallPlacer implements CallPlacer {

    private static final Logger LOG = Logger.getLogger(VoxCallPlacer.class);

    @Inject
    DispatcherConfig config;

    @Inject
    CallLookups calls;

    @Inject
    Clock clock;

    private volatile VoxRuntimeApi api;

    @Override
    public void place(PlacedCall call, CallOutcomes outcomes) {
        String authorization = config.vox().apiKey().map(key -> "Bearer " + key).orElse(null);
        // The client's own read timeout ends a request the runtime never answers: it also drops the connection,
        // where cancelling the Uni could leave the late answer on a pooled connection for the next call to read.
        api().create(authorization, call.attemptId().toString(), VoxCallRequest.of(call))
                .subscribe().with(created -> placed(call, created), failure -> {
                    LOG.warnf("Voice runtime did not take call %s (attempt %s): %s", call.callId(), call.attemptId(),
                            failure.toString());
                    outcomes.ended(CallOutcome.error(call.callId(), call.campaignId(), clock.instant()));
                });
    }

    private void placed(PlacedCall call, VoxCallCreated created) {
        if (created == null || created.id() == null) {
            LOG.warnf("Voice runtime answered call %s without an id; its deadline will close it", call.callId());
            return;
        }
        calls.recordRuntimeId(call.callId(), created.id()).subscribe().with(done -> { }, failure -> LOG.warnf(
                "Could not store runtime id of call %s; its deadline will close it: %s", call.callId(), failure));
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
                    .build(VoxRuntimeApi.class);
            api = client;
        }
        return client;
    }
}
