package io.voxcampaigns.dispatcher.api;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.engine.Engines;
import io.voxcampaigns.dispatcher.persistence.CallLookups;
import io.voxcampaigns.dispatcher.placement.VoxWebhook;
import io.voxcampaigns.dispatcher.placement.WebhookSignature;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorCode;
import io.voxcampaigns.platform.paging.QueryParameters;

/**
 * Call-data webhooks of the HTTP voice runtime (v2 envelope). Authenticated by the HMAC-SHA256 signature of the raw
 * body ({@value WebhookSignature#HEADER}), not by an API key. call_ended ends the call and frees its slot; a
 * repeated call_ended changes nothing; other events are acknowledged.
 */
@Path("/webhooks/voice")
public class VoxWebhookResource {

    @Inject
    DispatcherConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    CallLookups calls;

    @Inject
    Engines engines;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WebhookReceipt> receive(@HeaderParam(WebhookSignature.HEADER) String signature, byte[] body) {
        QueryParameters.allowOnly(uri, Set.of());
        String secret = config.vox().webhookSecret()
                .orElseThrow(() -> ApiException.unauthorized("voice webhooks are not configured on this dispatcher"));
        if (!WebhookSignature.matches(body, signature, secret)) {
            throw ApiException.unauthorized("missing or invalid " + WebhookSignature.HEADER + " signature");
        }
        VoxWebhook webhook = VoxWebhook.parse(read(body));
        return calls.byRuntimeId(webhook.runtimeCallId()).chain(call -> {
            if (call == null) {
                throw ApiException.notFound("call", webhook.runtimeCallId());
            }
            if (!webhook.endsCall()) {
                return Uni.createFrom().item(new WebhookReceipt(webhook.event(), call.callId().toString(), false));
            }
            return engines.main().end(webhook.outcome(call.callId(), call.campaignId(), clock.instant()))
                    .map(applied -> new WebhookReceipt(webhook.event(), call.callId().toString(), applied));
        });
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
