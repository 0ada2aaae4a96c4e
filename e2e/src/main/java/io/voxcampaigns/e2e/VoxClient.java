package io.voxcampaigns.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The public HTTP API of one service, as a client with an organisation API key uses it. */
public final class VoxClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String apiKey;

    VoxClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** A response: status and JSON body (null when there is none). */
    public record Answer(int status, JsonNode body) {
    }

    public JsonNode get(String path) {
        return expect(send("GET", path, null), 200, "GET " + path);
    }

    public JsonNode post(String path, Object body, int expectedStatus) {
        return expect(send("POST", path, body), expectedStatus, "POST " + path);
    }

    public Answer send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + apiKey)
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + baseUrl + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Every item of a list endpoint, following next_cursor (limit 100 per page). */
    public List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        String cursor = null;
        do {
            JsonNode page = get(path + separator + "limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            page.path("items").forEach(items::add);
            cursor = page.path("next_cursor").isTextual() ? page.path("next_cursor").asText() : null;
        } while (cursor != null);
        return items;
    }

    /** total_count of a list endpoint. */
    public long count(String path) {
        String separator = path.contains("?") ? "&" : "?";
        return get(path + separator + "limit=1").path("total_count").asLong();
    }

    /** Registers the outbound number unless the organisation has it already (campaign-service, admin scope). */
    void ensureOutboundNumber(String number) {
        for (JsonNode item : get("/v3/organization-telephone-numbers?limit=100").path("items")) {
            if (number.equals(item.path("number").asText())) {
                return;
            }
        }
        ObjectNode body = JSON.createObjectNode().put("telephone_number", number).put("usage", "outbound");
        post("/v3/organization-telephone-numbers", body, 201);
    }

    private static JsonNode expect(Answer answer, int expectedStatus, String what) {
        if (answer.status() != expectedStatus) {
            throw new IllegalStateException(what + " answered " + answer.status() + " (expected " + expectedStatus
                    + "): " + answer.body());
        }
        return answer.body();
    }
}
