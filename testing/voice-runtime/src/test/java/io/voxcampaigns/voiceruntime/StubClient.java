package io.voxcampaigns.voiceruntime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The stub's HTTP API as the tests call it (as a dispatcher would, plus the admin routes). */
final class StubClient {

    /** A response: status, parsed body and the Retry-After header (null when absent). */
    record Response(int status, JsonNode body, String retryAfter) {
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final URI base;
    private final String apiKey;

    StubClient(VoiceRuntimeStub stub, String apiKey) {
        this.base = stub.baseUrl();
        this.apiKey = apiKey;
    }

    /** A create-call body as the dispatcher sends it, naming its campaign and task in metadata.vox_campaigns. */
    static ObjectNode callBody(String toNumber, String campaignId, String taskId) {
        ObjectNode body = JSON.createObjectNode().put("from_number", "0260009000").put("to_number", toNumber);
        body.putObject("agent").put("agent_id", "agent-1").put("agent_version", "v1");
        body.putObject("dynamic_variables").put("name", "Kim");
        ObjectNode metadata = body.putObject("metadata").put("order", "A-17");
        metadata.putObject("vox_campaigns").put("attempt_id", "a").put("call_id", "c").put("campaign_id", campaignId)
                .put("task_id", taskId);
        return body;
    }

    Response create(String idempotencyKey, JsonNode body) {
        HttpRequest.Builder request = request("/v3/calls").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return request;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Response(response.statusCode(), body, response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
