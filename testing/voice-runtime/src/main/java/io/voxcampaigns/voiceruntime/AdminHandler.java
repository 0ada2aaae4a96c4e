package io.voxcampaigns.voiceruntime;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * The admin API under {@value #PATH} (no API key: a test tool on loopback): read and change the behaviour, start an
 * outage, read the record.
 */
final class AdminHandler extends JsonHandler {

    static final String PATH = "/_stub";

    private final Controls controls;
    private final StubRecord record;

    AdminHandler(Controls controls, StubRecord record) {
        this.controls = controls;
        this.record = record;
    }

    @Override
    Answer answer(HttpExchange exchange) throws IOException {
        String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        return switch (route) {
            case "GET /_stub/behaviour" -> Answer.json(200, BehaviourJson.write(controls.current()));
            case "POST /_stub/behaviour" -> change(readObject(exchange));
            case "POST /_stub/reset" -> {
                controls.reset();
                yield Answer.json(200, BehaviourJson.write(controls.current()));
            }
            case "POST /_stub/unavailable" -> unavailable(readObject(exchange));
            case "GET /_stub/record" -> {
                String campaignId = query(exchange, "campaign_id");
                yield Answer.json(200, campaignId == null ? Map.of("campaigns", record.campaigns())
                        : record.campaign(campaignId));
            }
            default -> throw ApiError.notFound("admin route " + route);
        };
    }

    private Answer change(JsonNode patch) {
        Behaviour changed = controls.update(current -> {
            try {
                return BehaviourJson.change(current, patch);
            } catch (IllegalArgumentException e) {
                throw ApiError.validation("behaviour", e.getMessage());
            }
        });
        return Answer.json(200, BehaviourJson.write(changed));
    }

    /** {@code {"for_ms": 30000, "retry_after_s": 2}}: 503 to every /v3/calls request from now for that long. */
    private Answer unavailable(JsonNode body) {
        JsonNode duration = body.path("for_ms");
        if (!duration.canConvertToLong() || duration.asLong() < 0) {
            throw ApiError.validation("for_ms", "required whole number of milliseconds >= 0");
        }
        JsonNode retryAfter = body.path("retry_after_s");
        controls.unavailableFor(Duration.ofMillis(duration.asLong()),
                retryAfter.canConvertToLong() ? Duration.ofSeconds(retryAfter.asLong()) : null);
        return Answer.json(200, BehaviourJson.write(controls.current()));
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
