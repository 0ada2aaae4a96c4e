package io.voxcampaigns.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Registers the demo organisation's numbers through campaign-service; lists first, so runs can repeat. */
final class DemoSeeder {

    /** A number to have, and whether it must be approved (presentation numbers need an approval). */
    record WantedNumber(String telephoneNumber, String usage, boolean approved) {
    }

    static final List<WantedNumber> DEMO_NUMBERS = List.of(
            new WantedNumber("0260001000", "outbound", false),
            new WantedNumber("0260001001", "presentation", true),
            new WantedNumber("0260001002", "presentation", true));

    private static final String PATH = "/v3/organization-telephone-numbers";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String apiKey;

    DemoSeeder(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** Returns one line per number saying what was done. */
    List<String> seed() throws IOException, InterruptedException {
        Map<String, JsonNode> existing = list();
        List<String> report = new ArrayList<>();
        for (WantedNumber wanted : DEMO_NUMBERS) {
            JsonNode item = existing.get(wanted.telephoneNumber());
            String done = "present";
            if (item == null) {
                item = register(wanted);
                done = "registered";
            }
            if (wanted.approved() && !"approved".equals(item.path("approval_status").asText())) {
                item = send("POST", PATH + "/" + item.path("id").asText() + "/approve", null, 200);
                done += ", approved";
            }
            String state = item.path("approval_status").isTextual() ? item.path("approval_status").asText()
                    : item.path("status").asText();
            report.add(String.format("%s %-12s %-8s (%s)", wanted.telephoneNumber(), wanted.usage(), state, done));
        }
        return report;
    }

    private Map<String, JsonNode> list() throws IOException, InterruptedException {
        Map<String, JsonNode> byNumber = new HashMap<>();
        for (JsonNode item : send("GET", PATH + "?limit=100", null, 200).path("items")) {
            byNumber.put(item.path("number").asText(), item);
        }
        return byNumber;
    }

    private JsonNode register(WantedNumber wanted) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("telephone_number", wanted.telephoneNumber(), "usage", wanted.usage()));
        return send("POST", PATH, body, 201);
    }

    private JsonNode send(String method, String path, String body, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
