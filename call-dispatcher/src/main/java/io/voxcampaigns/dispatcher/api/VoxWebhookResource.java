package io.voxcampaigns.dispatcher.api;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate;
import io.voxcampaigns.dispatcher.engine.Engines;
import io.voxcampaigns.dispatcher.persistence.CallLookups;
import io.voxcampaigns.dispatcher.persistence.CallLookups.CallRef;
import io.voxcampaigns.dispatcher.placement.VoxWebhook;
import io.voxcampaigns.dispatcher.placement.WebhookSignature;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorCode;
import io.voxcampaigns.platform.paging.QueryParameters;

/**
 * Call-data webhooks of the HTTP voice runtime (v2 envelope). Authenticated by the HMAC-SHA256 signature of the raw
 * body ({@value WebhookSignature#HEADER}), not by an API key. The call is found by our attempt id echoed in its
 * metadata, else by the runtime's call id, so any replica can apply it, even before the runtime's answer to our
 * request arrived. call_started places the call, call_ended ends it and frees its slot; a repeated one changes
 * nothing; other events are acknowledged. A call we cannot match yet is answered 503 with Retry-After, which makes
 * the runtime deliver it again later.
 */
@Path("/webhooks/voice")
public class VoxWebhookResource {

    /** Seconds the runtime is asked to wait before delivering a webhook we could not match yet. */
    static final int RETRY_AFTER_SECONDS = 2;

    private final DispatcherConfig config;
    private final ObjectMapper json;
    private final CallLookups calls;
    private final Engines engines;
    private final Clock clock;

    @Context
    UriInfo uri;

    VoxWebhookResource(DispatcherConfig config, ObjectMapper json, CallLookups calls, Engines engines, Clock clock) {
        this.config = config;
        this.json = json;
        this.calls = calls;
        this.engines = engines;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Applied, or a copy of a webhook already applied")
    @APIResponse(responseCode = "400", description = "Not a call webhook (the field is named)")
    @APIResponse(responseCode = "401", description = "Missing or wrong signature")
    @APIResponse(responseCode = "503", description = "The call is not known yet: deliver it again after Retry-After")
    public Uni<WebhookReceipt> receive(@HeaderParam(WebhookSignature.HEADER) String signature, byte[] body) {
        QueryParameters.allowOnly(uri, Set.of());
        String secret = config.vox().webhookSecret()
                .orElseThrow(() -> ApiException.unauthorized("voice webhooks are not configured on this dispatcher"));
        if (!WebhookSignature.matches(body, signature, secret)) {
            throw ApiException.unauthorized("missing or invalid " + WebhookSignature.HEADER + " signature");
        }
        VoxWebhook webhook = VoxWebhook.parse(read(body));
        return find(webhook).chain(call -> {
            if (call == null) {
                throw ApiException.retryLater("call " + webhook.runtimeCallId() + " is not known yet; deliver the "
                        + "webhook again", RETRY_AFTER_SECONDS);
            }
            if (!webhook.endsCall() && !webhook.startsCall()) {
                return Uni.createFrom().item(new WebhookReceipt(webhook.event(), call.callId().toString(), false));
            }
            AttemptUpdate update = webhook.endsCall()
                    ? outcome(webhook, call)
                    : new AttemptUpdate.RuntimeStarted(webhook.runtimeCallId(),
                            webhook.startAt() == null ? clock.instant() : webhook.startAt());
            return engines.main().apply(call.campaignId(), call.callId(), update)
                    .map(applied -> new WebhookReceipt(webhook.event(), call.callId().toString(), applied));
        });
    }

    private AttemptUpdate outcome(VoxWebhook webhook, CallRef call) {
        var outcome = webhook.outcome(call.callId(), call.campaignId(), clock.instant());
        return new AttemptUpdate.RuntimeEnded(outcome.runtimeCallId(), outcome.status(), outcome.reason(),
                outcome.endedAt(), outcome.durationMs());
    }

    /** By our attempt id when the runtime echoed it, else by its call id. */
    private Uni<CallRef> find(VoxWebhook webhook) {
        Uni<CallRef> byAttempt = webhook.attemptId() == null ? Uni.createFrom().nullItem()
                : calls.byAttemptId(webhook.attemptId());
        return byAttempt.chain(call -> call != null ? Uni.createFrom().item(call)
                : calls.byRuntimeId(webhook.runtimeCallId()));
    }

    private JsonNode read(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ApiException(ErrorCode.VALIDATION_ERROR, "webhook body must be a JSON object", null);
            }
            return node;
        } catch (IOException e) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "webhook body is not valid JSON", null);
        }
    }
}
