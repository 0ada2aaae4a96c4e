package io.voxcampaigns.platform.error;

import java.util.Map;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;

/**
 * Answers a request whose declared body exceeds {@code quarkus.http.limits.max-body-size} with 413 in the error
 * envelope. Vert.x would refuse it too, but before the REST layer and with no body a client can parse.
 */
public class PayloadLimitFilter {

    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters,
                  @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        long maxBytes = limit.asLongValue();
        filters.register(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && tooLarge(declared, maxBytes)) {
                ErrorBody body = ErrorBody.of(ErrorCode.PAYLOAD_TOO_LARGE,
                        "request body is larger than the limit of " + maxBytes + " bytes",
                        Map.of("max_body_bytes", maxBytes));
                context.response().setStatusCode(ErrorCode.PAYLOAD_TOO_LARGE.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Json.encode(body));
                return;
            }
            context.next();
        }, PRIORITY);
    }

    private static boolean tooLarge(String declared, long maxBytes) {
        try {
            return Long.parseLong(declared.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
