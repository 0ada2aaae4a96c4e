package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.fuzz.Expectation;
import io.voxcampaigns.fuzz.FuzzRequest;
import io.voxcampaigns.fuzz.FuzzRun;
import io.voxcampaigns.fuzz.OpenApiDocument;
import io.voxcampaigns.fuzz.RequestFuzzer;
import io.voxcampaigns.fuzz.ResponseRules;
import io.voxcampaigns.platform.error.ErrorCode;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.StoredFingerprint;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * Issue #6: requests generated from campaign-service's own OpenAPI document (invalid ids, bad query parameters,
 * broken credentials, undeclared methods, malformed bodies, one-field mutations of valid create, PATCH, number,
 * append, callback and re-run bodies): never a 5xx, every 4xx in the error envelope, and the certainly invalid ones store and publish nothing.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignRequestFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LISTS = Set.of("GET /v3/campaigns", "GET /v3/campaigns/{id}/tasks",
            "GET /v3/organization-telephone-numbers", "GET /v3/suppressions");
    private static final String[] BAD_NUMBERS = {"+82-10-1234-5678", "abc", "010", "0".repeat(40), "01012345678x",
        "010 1234 5678"};

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URI base;

    @Test
    void malformedAndBoundaryRequestsNeverFailTheServiceNorStoreAnything() throws JsonProcessingException {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> create = fixtures.body(2);
        create.put("call_time_window", CampaignFixtures.alwaysOpen(true));
        String example = JSON.writeValueAsString(create);
        String campaignId = fixtures.create(create);
        String patch = JSON.writeValueAsString(Map.of("name", "Renamed", "concurrency", 3,
                "call_time_window", CampaignFixtures.alwaysOpen(false)));
        String number = "{\"telephone_number\": \"0260007777\", \"usage\": \"presentation\"}";
        String append = JSON.writeValueAsString(Map.of("tasks", List.of(Map.of("to_number", "01099990000",
                "external_id", "fuzz-1", "dynamic_variables", Map.of("customer_name", "Fuzz")))));
        String callback = JSON.writeValueAsString(Map.of("at", System.currentTimeMillis() + 3_600_000L));
        String rerun = JSON.writeValueAsString(Map.of("disconnection_reasons", List.of("dial_busy")));
        String key = TestApiKeys.issue(fixtures.org, "campaigns", "admin");
        String pendingNumber = given().auth().oauth2(key).queryParam("usage", "presentation")
                .when().get("/v3/organization-telephone-numbers").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.number == '" + CampaignFixtures.PENDING + "' }.id");
        long seed = FuzzRun.seed();

        List<FuzzRequest> requests = RequestFuzzer.of(OpenApiDocument.parse(openApi()), seed)
                .example("POST /v3/campaigns", example)
                .example("PATCH /v3/campaigns/{id}", patch)
                .example("POST /v3/organization-telephone-numbers", number)
                .example("POST /v3/suppressions", "{\"number\": \"01099990001\", \"reason\": \"fuzz\"}")
                .example("POST /v3/campaigns/{id}/tasks", append)
                .example("POST /v3/campaigns/{id}/tasks/{task_id}/callback", callback)
                .example("POST /v3/campaigns/{id}/retry", rerun)
                // the document shows these as JsonNode's bean properties; they take any JSON object
                .freeForm("dynamic_variables", "metadata")
                .pathValue("id", campaignId)
                .pathValue("task_id", fixtures.taskIds(campaignId).get(0))
                .pathValue("POST /v3/organization-telephone-numbers/{id}/approve", "id", pendingNumber)
                .pathValue("DELETE /v3/suppressions/{number}", "number", "01099990001")
                .invalid("to_number", BAD_NUMBERS).invalid("from_number", BAD_NUMBERS)
                .invalid("presentation_number", BAD_NUMBERS).invalid("telephone_number", BAD_NUMBERS)
                .invalid("number", BAD_NUMBERS)
                .invalid("timezone", "Mars/Olympus", "UTC+25", "")
                .invalid("agent_version", "v0", "v-1", "production2", "")
                .invalid("agent_id", "not-a-uuid", "")
                .badCredential("Bearer " + TestApiKeys.expired(fixtures.org))
                .badCredential("Bearer " + TestApiKeys.signedByUnknownKey(fixtures.org))
                .lists(operation -> LISTS.contains(operation.key()))
                .generate();

        FuzzRun run = new FuzzRun("campaign-service", seed, base, request -> Map.of("Authorization", "Bearer " + key),
                new ResponseRules(status -> ErrorCode.forStatus(status).name()));
        Map<String, String> before = stored(fixtures.org);
        run.send(requests.stream().filter(r -> r.expectation() == Expectation.REJECTED).toList());
        Map<String, String> afterInvalid = stored(fixtures.org);
        run.send(requests.stream().filter(r -> r.expectation() == Expectation.HANDLED).toList());
        System.out.println(run.summary());

        assertThat(run.failures()).as(run.report()).isEmpty();
        assertThat(afterInvalid).as("campaigns, tasks, numbers and outbox events of the organisation after the "
                + "invalid requests").isEqualTo(before);
        assertThat(run.sent()).isGreaterThanOrEqualTo(500);
        given().auth().oauth2(key).contentType(ContentType.JSON).when().get("/v3/campaigns/" + campaignId)
                .then().statusCode(200);
    }

    private String openApi() {
        return given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    }

    /** A fingerprint of what the organisation has stored: campaigns, tasks, numbers, suppressions, outbox events. */
    private Map<String, String> stored(String org) {
        return StoredFingerprint.of(pool, org).table("campaign").table("campaign_task").table("organization_number")
                .table("suppression").outboxEvents().read();
    }
}
