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
 * Walks every operation of a service's OpenAPI document under /v3 with keys of one organisation, one key for every
 * combination of scopes: each operation must name the scope its key needs ({@code x-required-scope}); every key
 * without it gets 403 {@code FORBIDDEN} naming it ({@code details.missing_scope}), every key with it gets past
 * authorisation (any answer but 401 and 403). Path parameters are random ids, bodies {@code {}}: the answer behind the scope check does not matter.
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
                for (Set<String> scopes : everyCombination()) {
                    HttpResponse<String> answer = send(base, method, concrete,
                            TestApiKeys.issueExactly(organizationId, scopes), body(method));
                    if (scopes.contains(scope)) {
                        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
                            failures.add(name + " with " + scopes + ": " + answer.statusCode() + " " + answer.body());
                        }
                        continue;
                    }
                    JsonNode error = json(answer.body()).path("error");
                    if (answer.statusCode() != 403 || !"FORBIDDEN".equals(error.path("code").asText())
                            || !scope.equals(error.path("details").path("missing_scope").asText())) {
                        failures.add(name + " with " + scopes + ": " + answer.statusCode() + " " + answer.body());
                    }
                }
            }
        }
        return new Result(operations, failures);
    }

    /** Every set of scopes there is, the empty one included. */
    private static List<Set<String>> everyCombination() {
        List<String> all = List.copyOf(TestApiKeys.allScopes());
        List<Set<String>> combinations = new ArrayList<>();
        for (int mask = 0; mask < 1 << all.size(); mask++) {
            Set<String> scopes = new HashSet<>();
            for (int i = 0; i < all.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    scopes.add(all.get(i));
                }
            }
            combinations.add(scopes);
        }
        return combinations;
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
