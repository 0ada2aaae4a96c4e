package io.voxcampaigns.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The stack's public HTTP API, as a client sees it (demo organisation key). */
final class StackApi {

    static final String OUTBOUND = "0260001000";
    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String key;

    StackApi(String key) {
        this.key = key;
    }

    String createAgent() throws IOException, InterruptedException {
        return send("POST", "http://localhost:8081/v3/agents", Map.of("name", "bench agent"), 201)
                .get("agent_id").asText();
    }

    /** The body of a campaign of {@code tasks} recipients; {@code window} null means open all day, every day. */
    byte[] campaignBody(String agentId, int tasks, int concurrency, Map<String, Object> window) throws IOException {
        return campaignBody(agentId, tasks, concurrency, window, null);
    }

    /** The same, dialling from {@code scheduledAtMillis} on (a draft until then) when not null. */
    byte[] campaignBody(String agentId, int tasks, int concurrency, Map<String, Object> window, Long scheduledAtMillis)
            throws IOException {
        return campaignBody(agentId, tasks, concurrency, window, scheduledAtMillis, null);
    }

    /** The same with a {@code retry_policy} (null: none). */
    byte[] campaignBody(String agentId, int tasks, int concurrency, Map<String, Object> window, Long scheduledAtMillis,
                        Map<String, Object> retryPolicy) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        if (retryPolicy != null) {
            body.put("retry_policy", retryPolicy);
        }
        if (scheduledAtMillis != null) {
            body.put("scheduled_at", scheduledAtMillis);
        }
        body.put("name", "bench " + tasks);
        body.put("from_number", OUTBOUND);
        body.put("agent", Map.of("agent_id", agentId, "agent_version", "current"));
        body.put("concurrency", concurrency);
        body.put("call_time_window", window != null ? window : window(0, 1440));
        List<Map<String, Object>> list = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            list.add(Map.of("to_number", String.format("010%08d", i),
                    "dynamic_variables", Map.of("customer_name", "Customer " + i)));
        }
        body.put("tasks", list);
        return json.writeValueAsBytes(body);
    }

    static Map<String, Object> window(int startMin, int endMin) {
        return Map.of("windows", List.of(Map.of("start_min", startMin, "end_min", endMin, "days", DAYS)),
                "timezone", "UTC", "auto_resume", true);
    }

    /** Creates a campaign; returns its id. */
    String createCampaign(byte[] body) throws IOException, InterruptedException {
        return send("POST", "http://localhost:8082/v3/campaigns", body, 201).get("id").asText();
    }

    JsonNode campaign(String id) throws IOException, InterruptedException {
        return send("GET", "http://localhost:8082/v3/campaigns/" + id, null, 200);
    }

    void pause(String id) throws IOException, InterruptedException {
        send("POST", "http://localhost:8082/v3/campaigns/" + id + "/pause", null, 200);
    }

    void resume(String id) throws IOException, InterruptedException {
        send("POST", "http://localhost:8082/v3/campaigns/" + id + "/resume", null, 200);
    }

    void cancel(String id) throws IOException, InterruptedException {
        send("POST", "http://localhost:8082/v3/campaigns/" + id + "/cancel", null, 200);
    }

    /** The raw text of a service's /q/metrics. */
    String metrics(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/metrics")).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private JsonNode send(String method, String url, Object body, int expected) throws IOException, InterruptedException {
        byte[] bytes = body == null ? new byte[0] : body instanceof byte[] raw ? raw : json.writeValueAsBytes(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(180))
                .header("Authorization", "Bearer " + key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return json.readTree(response.body());
    }
}
