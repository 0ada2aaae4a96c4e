package io.voxcampaigns.agent.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import org.assertj.core.api.Assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.voxcampaigns.testing.support.TestApiKeys;

/** Test shortcuts for the agents API: authenticated requests, example bodies, JSON comparison. */
public final class AgentApi {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** A single_prompt agent's smallest body. */
    public static final String MINIMAL = "{\"name\": \"Minimal agent\"}";

    private AgentApi() {
    }

    /** A request authenticated as the organisation, sending JSON. */
    public static RequestSpecification as(String organizationId) {
        return given().auth().oauth2(TestApiKeys.issue(organizationId, "agents")).contentType(ContentType.JSON);
    }

    /** Creates an agent and returns its id; fails the test unless the answer is 201. */
    public static String create(String organizationId, String body) {
        return as(organizationId).body(body).when().post("/v3/agents")
                .then().statusCode(201).extract().path("agent_id");
    }

    /** Creates a version of the agent and returns its label. */
    public static String snapshot(String organizationId, String agentId) {
        return as(organizationId).body("{}").when().post("/v3/agents/" + agentId + "/versions")
                .then().statusCode(201).extract().path("version");
    }

    /** A test resource's text, e.g. {@code examples/flow-agent.json}. */
    public static String resource(String path) {
        try (InputStream in = AgentApi.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example flow graph only, as a {@code flow_data} value. */
    public static ObjectNode exampleFlow() {
        return (ObjectNode) tree(resource("examples/flow-agent.json")).get("flow_data");
    }

    /**
     * Asserts that {@code actual} holds every value of {@code expected} (numbers compared by value, so 1 equals 1.0);
     * keys only in {@code actual} (defaults, nulls) are allowed.
     */
    public static void assertContains(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            Assertions.assertThat(actual.isObject()).as(path + " is an object").isTrue();
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = actual.get(field.getKey());
                Assertions.assertThat(value).as(path + "." + field.getKey() + " present").isNotNull();
                assertContains(value, field.getValue(), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            Assertions.assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContains(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            Assertions.assertThat(actual.isNumber()).as(path + " is a number").isTrue();
            Assertions.assertThat(actual.doubleValue()).as(path).isEqualTo(expected.doubleValue());
        } else {
            Assertions.assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
