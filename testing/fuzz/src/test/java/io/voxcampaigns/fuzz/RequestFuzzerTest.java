package io.voxcampaigns.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Generation from a small OpenAPI document: reproducible, and each kind of case present with its expectation. */
class RequestFuzzerTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/v3/things": {
                "get": {"parameters": [{"name": "status", "in": "query", "schema": {"type": "string", "enum": ["a", "b"]}}]},
                "post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}},
              "/v3/things/{id}": {
                "get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["name"], "properties": {
               "name": {"type": "string", "maxLength": 10},
               "count": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100},
               "tags": {"type": "array", "maxItems": 3, "items": {"type": "string"}},
               "labels": {"type": "object", "additionalProperties": {"type": "string"}}}}}}}
            """;
    private static final String EXAMPLE = "{\"name\": \"x\", \"count\": 5, \"tags\": [\"t\"], \"labels\": {\"k\": \"v\"}}";

    private List<FuzzRequest> generate(long seed) {
        return RequestFuzzer.of(OpenApiDocument.parse(DOCUMENT), seed).example("POST /v3/things", EXAMPLE)
                .pathValue("id", "00000000-0000-4000-8000-000000000001")
                .lists(operation -> operation.key().equals("GET /v3/things")).generate();
    }

    @Test
    void sameSeedSameRequests() {
        assertThat(generate(7)).isEqualTo(generate(7));
        assertThat(generate(7)).isNotEqualTo(generate(8));
    }

    @Test
    void mutationsOfTheExampleCarryTheirExpectation() {
        List<FuzzRequest> requests = generate(1);
        assertThat(find(requests, "POST /v3/things | body name: required field missing").body()).doesNotContain("name");
        assertThat(expectation(requests, "POST /v3/things | body name: maxLength + 1")).isEqualTo(Expectation.REJECTED);
        assertThat(find(requests, "POST /v3/things | body count: maximum + 1").body()).contains("\"count\":101");
        assertThat(expectation(requests, "POST /v3/things | body count: minimum")).isEqualTo(Expectation.HANDLED);
        assertThat(find(requests, "POST /v3/things | body tags: maxItems + 1 elements").body())
                .contains("[\"t\",\"t\",\"t\",\"t\"]");
        assertThat(expectation(requests, "POST /v3/things | body (root): unknown field")).isEqualTo(Expectation.REJECTED);
        assertThat(requests).noneMatch(r -> r.label().startsWith("POST /v3/things | body labels: unknown field"));
        assertThat(expectation(requests, "POST /v3/things | body: garbage after the body")).isEqualTo(Expectation.REJECTED);
    }

    @Test
    void pathQueryCredentialAndMethodCases() {
        List<FuzzRequest> requests = generate(1);
        assertThat(find(requests, "GET /v3/things/{id} | path id=not-a-uuid").target()).isEqualTo("/v3/things/not-a-uuid");
        assertThat(expectation(requests, "GET /v3/things | query status=not_a_valid_value")).isEqualTo(Expectation.REJECTED);
        assertThat(expectation(requests, "GET /v3/things | paging limit=101")).isEqualTo(Expectation.REJECTED);
        assertThat(expectation(requests, "GET /v3/things | paging limit=100")).isEqualTo(Expectation.HANDLED);
        assertThat(find(requests, "GET /v3/things | credentials 'Basic dXNlcjpwYXNz'").authenticated()).isFalse();
        assertThat(find(requests, "GET /v3/things/{id} | undeclared method DELETE").method()).isEqualTo("DELETE");
    }

    @Test
    void rulesRequireTheEnvelopeAndNoServerError() {
        ResponseRules rules = new ResponseRules(status -> status == 404 ? "NOT_FOUND" : "VALIDATION_ERROR");
        FuzzRequest invalid = FuzzRequest.of("x", "GET", "/", null, null, Expectation.REJECTED);
        String envelope = "{\"error\": {\"code\": \"NOT_FOUND\", \"message\": \"no such thing\", \"details\": {}}}";
        assertThat(rules.check(invalid, 404, envelope)).isEmpty();
        assertThat(rules.check(invalid, 404, "Not Found")).contains("404 body is not JSON");
        assertThat(rules.check(invalid, 400, envelope)).map(p -> p.contains("expected VALIDATION_ERROR")).contains(true);
        assertThat(rules.check(invalid, 200, "{}")).contains("accepted an invalid request with 200");
        assertThat(rules.check(invalid, 503, envelope)).contains("answered 503");
        assertThat(ResponseRules.notFound(s -> "NOT_FOUND").check(invalid, 400, envelope)).isNotEmpty();
    }

    private static FuzzRequest find(List<FuzzRequest> requests, String label) {
        Optional<FuzzRequest> found = requests.stream().filter(r -> r.label().equals(label)).findFirst();
        assertThat(found).as("a request labelled '%s'", label).isPresent();
        return found.get();
    }

    private static Expectation expectation(List<FuzzRequest> requests, String label) {
        return find(requests, label).expectation();
    }
}
