package io.voxcampaigns.dispatcher.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stub voice runtime of {@link ScriptedRuntime} driven and read through its admin API, as the tests in the test
 * class loader reach it: its behaviour ({@code POST /_stub/behaviour}) and its record of a campaign.
 */
final class StubAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StubAdmin() {
    }

    /** Changes the named top-level fields of the stub's behaviour (e.g. {@code script}, {@code talk_ms}). */
    static void behaviour(Map<String, Object> change) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(admin("behaviour"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(change))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** The outcomes of successive calls to each number. */
    static void script(Map<String, List<String>> outcomes) throws IOException, InterruptedException {
        behaviour(Map.of("script", outcomes));
    }

    /** The stub's record of the campaign: every call it created, with its number, key and outcome. */
    static JsonNode record(UUID campaignId) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(admin("record?campaign_id=" + campaignId))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** The record's idempotency keys per number, in creation order. */
    static Map<String, List<String>> keysByNumber(JsonNode record) {
        Map<String, List<String>> keys = new HashMap<>();
        record.path("tasks").forEach(dials -> dials.forEach(dial -> keys.computeIfAbsent(
                dial.path("to_number").asText(), n -> new ArrayList<>()).add(dial.path("attempt_key").asText())));
        return keys;
    }

    private static URI admin(String path) {
        return ScriptedRuntime.url().resolve("/_stub/" + path);
    }
}
