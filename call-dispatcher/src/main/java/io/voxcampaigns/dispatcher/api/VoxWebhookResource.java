package io.voxcampaigns.dispatcher.api;

import java.io.IOException;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.placement.VoxWebhook;
import io.voxcampaigns.dispatcher.placement.WebhookSignature;
import io.voxcampaigns.dispatcher.service.VoxWebhookService;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.error.ErrorCode;
import io.voxcampaigns.platform.paging.QueryParameters;

/**
 * Call-data webhooks of the HTTP voice runtime (v2 envelope), applied by {@link VoxWebhookService}. Authenticated by
 * the HMAC-SHA256 signature of the raw body ({@value WebhookSignature#HEADER}), not by an API key. A call we cannot
 * match yet is answered 503 with Retry-After, which makes the runtime deliver it again later; every other webhook
 * is acknowledged, saying whether it changed the call.
 */
@Path("/webhooks/voice")
public class VoxWebhookResource {

    /** Seconds the runtime is asked to wait before delivering a webhook we could not match yet. */
    static final int RETRY_AFTER_SECONDS = 2;

    private final DispatcherConfig config;
    private final ObjectMapper json;
    private final VoxWebhookService webhooks;

    VoxWebhookResource(DispatcherConfig config, ObjectMapper json, VoxWebhookService webhooks) {
        this.config = config;
        this.json = json;
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Applied, or a copy of a webhook already applied")
    @APIResponse(responseCode = "400", description = "Not a call webhook (the field is named)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "The call is not known yet: deliver it again after Retry-After",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<WebhookReceipt> receive(@HeaderParam(WebhookSignature.HEADER) String signature,
                                       @RequestBody(required = true, content = @Content(
                                               mediaType = MediaType.APPLICATION_JSON,
                                               schema = @Schema(implementation = VoxWebhookBody.class))) byte[] body,
                                       @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        String secret = config.vox().webhookSecret()
                .orElseThrow(() -> ApiException.unauthorized("voice webhooks are not configured on this dispatcher"));
        if (!WebhookSignature.matches(body, signature, secret)) {
            throw ApiException.unauthorized("missing or invalid " + WebhookSignature.HEADER + " signature");
        }
        VoxWebhook webhook = VoxWebhook.parse(read(body));
        return webhooks.apply(webhook).map(applied -> {
            if (applied == null) {
                throw ApiException.retryLater("call " + webhook.runtimeCallId() + " is not known yet; deliver the "
                        + "webhook again", RETRY_AFTER_SECONDS);
            }
            return new WebhookReceipt(webhook.event(), applied.callId().toString(), applied.changed());
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
