package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.suppression.SuppressionsChanged;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** POST, GET and DELETE /v3/suppressions: scope, tenancy, paging, the answers and the SuppressionsChanged records. */
@QuarkusTest
@RealInfra(database = "campaigns")
class SuppressionApiTest {

    @Inject
    Pool pool;

    private final String org = UUID.randomUUID().toString();
    private SuppressionRows stored;

    @BeforeEach
    void storedRows() {
        stored = new SuppressionRows(pool, org);
    }

    private RequestSpecification admin() {
        return given().auth().oauth2(TestApiKeys.issue(org, "admin")).contentType(ContentType.JSON);
    }

    @Test
    void addChangeListAndRemoveANumberEachPublished() {
        long expiresAt = Instant.now().plusSeconds(86_400).toEpochMilli();
        admin().body(Map.of("number", "01012345678", "reason", "asked by phone", "source", "customer_request",
                        "expires_at", expiresAt))
                .when().post("/v3/suppressions")
                .then().statusCode(201)
                .body("number", equalTo("01012345678"))
                .body("reason", equalTo("asked by phone"))
                .body("source", equalTo("customer_request"))
                .body("expires_at", equalTo(expiresAt));
        admin().body(Map.of("number", "01012345678")).when().post("/v3/suppressions")
                .then().statusCode(200)
                .body("source", equalTo("api"))
                .body("reason", nullValue())
                .body("expires_at", nullValue());

        admin().queryParam("number", "01012345678").when().get("/v3/suppressions")
                .then().statusCode(200).body("items", hasSize(1)).body("total_count", equalTo(1))
                .body("items[0].source", equalTo("api"));

        admin().when().delete("/v3/suppressions/01012345678").then().statusCode(204);
        admin().when().delete("/v3/suppressions/01012345678").then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
        admin().when().get("/v3/suppressions").then().statusCode(200).body("items", hasSize(0));

        List<SuppressionsChanged> records = SuppressionLog.published(org, r -> r.size() >= 3);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).getAdded()).containsExactly("01012345678");
        assertThat(records.get(0).getExpiresAt()).isEqualTo(Instant.ofEpochMilli(expiresAt));
        assertThat(records.get(1).getAdded()).containsExactly("01012345678");
        assertThat(records.get(1).getExpiresAt()).as("no longer expiring").isNull();
        assertThat(records.get(2).getRemoved()).containsExactly("01012345678");
        assertThat(records.get(2).getAdded()).isEmpty();
    }

    @Test
    void anExpirySentInSecondsIsReadAsSeconds() {
        long seconds = Instant.now().plusSeconds(3_600).getEpochSecond();
        admin().body(Map.of("number", "0212345678", "expires_at", seconds)).when().post("/v3/suppressions")
                .then().statusCode(201).body("expires_at", equalTo(seconds * 1000));
    }

    @Test
    void everyEndpointNeedsTheAdminScope() {
        RequestSpecification campaigns = given().auth().oauth2(TestApiKeys.issue(org, "campaigns"))
                .contentType(ContentType.JSON);
        campaigns.body(Map.of("number", "01012345678")).when().post("/v3/suppressions")
                .then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        campaigns.when().get("/v3/suppressions").then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        campaigns.when().delete("/v3/suppressions/01012345678").then().statusCode(403);
        given().auth().oauth2(TestApiKeys.issue(org, "campaigns")).contentType("text/csv").body("01012345678\n")
                .when().post("/v3/suppressions/import").then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"));
        assertThat(stored.rows()).isZero();
    }

    @Test
    void anotherOrganisationsSuppressionIsInvisible() {
        admin().body(Map.of("number", "01087654321")).when().post("/v3/suppressions").then().statusCode(201);
        RequestSpecification other = given().auth().oauth2(TestApiKeys.issue(UUID.randomUUID().toString(), "admin"))
                .contentType(ContentType.JSON);
        other.when().get("/v3/suppressions").then().statusCode(200).body("items", hasSize(0))
                .body("total_count", equalTo(0));
        other.when().delete("/v3/suppressions/01087654321").then().statusCode(404);
        admin().when().get("/v3/suppressions").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void invalidFieldsAre400sNamingThemAndStoreNothing() {
        Map<String, Object> body = new HashMap<>();
        body.put("number", "010-1234-5678");
        body.put("reason", "x".repeat(201));
        body.put("source", "Not A Token");
        body.put("expires_at", Instant.now().minusSeconds(60).toEpochMilli());
        admin().body(body).when().post("/v3/suppressions")
                .then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors.field", equalTo(List.of("number", "reason", "source", "expires_at")));
        admin().body(Map.of("number", "+821012345678")).when().post("/v3/suppressions")
                .then().statusCode(400).body("error.details.field", equalTo("number"))
                .body("error.details.reason", containsString("+82"));
        admin().body(Map.of("number", "01012345678", "expires_at", 42)).when().post("/v3/suppressions")
                .then().statusCode(400).body("error.details.field", equalTo("expires_at"));
        admin().body(Map.of("number", "01012345678", "note", "x")).when().post("/v3/suppressions")
                .then().statusCode(400).body("error.details.errors.field", hasItem("note"));
        admin().body(Map.of("reason", "no number")).when().post("/v3/suppressions")
                .then().statusCode(400).body("error.details.field", equalTo("number"));
        admin().when().delete("/v3/suppressions/12345").then().statusCode(400)
                .body("error.details.field", equalTo("number"));
        admin().queryParam("number", "abc").when().get("/v3/suppressions").then().statusCode(400)
                .body("error.details.field", equalTo("number"));
        admin().queryParam("prefix", "010").when().get("/v3/suppressions").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("prefix"));
        assertThat(stored.rows()).isZero();
        assertThat(stored.outboxRows()).isZero();
    }

    @Test
    void pagingWalksEveryNumberOnceAndTheNumberFilterIsExact() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add("0100000000" + i);
            admin().body(Map.of("number", numbers.get(i))).when().post("/v3/suppressions").then().statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = admin().queryParam("limit", 2).queryParam("sort_order", "asc");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/v3/suppressions").then().statusCode(200)
                    .body("total_count", equalTo(5)).extract().jsonPath();
            seen.addAll(page.getList("items.number"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(numbers);
        admin().queryParam("number", "010000000").when().get("/v3/suppressions").then().statusCode(400);
        admin().queryParam("number", "01000000003").when().get("/v3/suppressions").then().statusCode(200)
                .body("items.number", equalTo(List.of("01000000003")));
    }

    @Test
    void anExpiredSuppressionCountsAsAbsent() {
        admin().body(Map.of("number", "01055556666")).when().post("/v3/suppressions").then().statusCode(201);
        pool.preparedQuery("update suppression set expires_at = now() - interval '1 minute' where organization_id = $1")
                .execute(Tuple.of(org)).await().indefinitely();
        admin().when().get("/v3/suppressions").then().statusCode(200).body("items", hasSize(0));
        admin().when().delete("/v3/suppressions/01055556666").then().statusCode(404);
        admin().body(Map.of("number", "01055556666")).when().post("/v3/suppressions").then().statusCode(201)
                .body("expires_at", nullValue());
    }

}
