package io.voxcampaigns.testing.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Walks every operation of a service's OpenAPI document under /v3 with keys of one organisation: each must name the
 * scope its key needs ({@code x-required-scope}); a key with every other scope gets 403 {@code FORBIDDEN} naming that
 * scope ({@code details.missing_scope}) and a key with that scope alone gets past authorisation (any answer but 401
 * and 403). Path parameters are random ids, bodies {@code {}}: the answer behind the scope check does not matter.
 */
public final class ScopeWalk {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Set<String> WITH_BODY = Set.of("post", "put", "patch");

    /** What the walk found: the operations walked ("METHOD path: scope") and every broken promise. */
    public record Result(List<String> operations, List<String> failures) {
    }

    private ScopeWalk() {
    }

    /** Walks the document the service at {@code base} serves, as organisation {@code organizationId}. */
    public static Result walk(URI base, String organizationId) {
        JsonNode document = json(send(base, "GET", "/q/openapi?format=json", null, null).body());
        List<String> operations = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/v3/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                String name = method.toUpperCase() + " " + path.getKey();
                String scope = op.getValue().path("x-required-scope").asText(null);
                if (scope == null) {
                    failures.add(name + ": names no required scope");
                    continue;
                }
                operations.add(name + ": " + scope);
                String concrete = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                Set<String> others = new HashSet<>(TestApiKeys.allScopes());
                others.remove(scope);
                HttpResponse<String> without = send(base, method, concrete,
                        TestApiKeys.issue(organizationId, others.toArray(String[]::new)), body(method));
                JsonNode error = json(without.body()).path("error");
                if (without.statusCode() != 403 || !"FORBIDDEN".equals(error.path("code").asText())
                        || !scope.equals(error.path("details").path("missing_scope").asText())) {
                    failures.add(name + " without '" + scope + "': " + without.statusCode() + " " + without.body());
                }
                HttpResponse<String> with = send(base, method, concrete, TestApiKeys.issue(organizationId, scope),
                        body(method));
                if (with.statusCode() == 401 || with.statusCode() == 403) {
                    failures.add(name + " with '" + scope + "' alone: " + with.statusCode() + " " + with.body());
                }
            }
        }
        return new Result(operations, failures);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String body(String method) {
        return WITH_BODY.contains(method) ? "{}" : null;
    }

    private static HttpResponse<String> send(URI base, String method, String path, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method.toUpperCase(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
