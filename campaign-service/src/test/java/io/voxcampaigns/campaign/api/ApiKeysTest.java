package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** POST and GET /v3/api-keys: the issued key works with its scopes, the secret is shown once, tenancy, paging. */
@QuarkusTest
@RealInfra(database = "campaigns")
class ApiKeysTest {

    @Inject
    Pool pool;

    private final String org = UUID.randomUUID().toString();
    private ApiKeyFixtures keys;

    @BeforeEach
    void fixtures() {
        keys = new ApiKeyFixtures(pool, org);
    }

    @Test
    void anIssuedKeyWorksWithItsScopesOnly() {
        Instant before = Instant.now();
        JsonPath issued = keys.issue("reporting", "campaigns");
        assertThat(issued.getString("key")).isNotBlank();
        assertThat(issued.getList("scopes", String.class)).containsExactly("campaigns");
        assertThat(issued.getString("name")).isEqualTo("reporting");
        assertThat(issued.getString("revoked_at")).isNull();
        long createdAt = issued.getLong("created_at");
        assertThat(createdAt).isBetween(before.toEpochMilli(), Instant.now().toEpochMilli());
        long aYear = Duration.ofDays(365).toMillis();
        assertThat(issued.getLong("expires_at")).as("a year after creation, kept to the second")
                .isBetween(createdAt + aYear - 1_000, createdAt + aYear).matches(at -> at % 1_000 == 0);
        assertThat(issued.getString("id")).isEqualTo(UUID.fromString(issued.getString("id")).toString());

        RequestSpecification withIt = ApiKeyFixtures.with(issued.getString("key"));
        withIt.when().get("/v3/campaigns").then().statusCode(200).body("items", hasSize(0));
        ApiKeyFixtures.with(issued.getString("key")).when().get("/v3/suppressions").then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"))
                .body("error.details.missing_scope", equalTo("admin"));
        ApiKeyFixtures.with(issued.getString("key")).when().get("/v3/api-keys").then().statusCode(403);
    }

    @Test
    void anIssuedAdminKeyIssuesKeysOfItsOrganisation() {
        String admin = keys.issue("x".repeat(100), "admin", "campaigns").getString("key");
        String id = ApiKeyFixtures.with(admin).body(Map.of("name", "second", "scopes", List.of("calls")))
                .when().post("/v3/api-keys").then().statusCode(201).extract().path("id");
        keys.admin().when().get("/v3/api-keys/" + id).then().statusCode(200).body("name", equalTo("second"));
    }

    @Test
    void anExpiryIsKeptToTheSecondAndSecondsAreReadAsSeconds() {
        long inAWeek = Instant.now().plus(Duration.ofDays(7)).getEpochSecond();
        keys.admin().body(Map.of("name", "week", "scopes", List.of("agents"), "expires_at", inAWeek))
                .when().post("/v3/api-keys").then().statusCode(201).body("expires_at", equalTo(inAWeek * 1_000));
        long millis = Instant.now().plus(Duration.ofDays(30)).toEpochMilli() / 1_000 * 1_000 + 789;
        keys.admin().body(Map.of("name", "month", "scopes", List.of("agents"), "expires_at", millis))
                .when().post("/v3/api-keys").then().statusCode(201).body("expires_at", equalTo(millis - 789));
    }

    @Test
    void listAndGetNeverShowTheSecret() {
        JsonPath issued = keys.issue("integration", "agents", "calls");
        String id = issued.getString("id");
        keys.admin().when().get("/v3/api-keys/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("integration"))
                .body("scopes", equalTo(List.of("agents", "calls")))
                .body("created_at", equalTo(issued.getLong("created_at")))
                .body("expires_at", equalTo(issued.getLong("expires_at")))
                .body("revoked_at", nullValue())
                .body("$", not(hasKey("key")));
        String list = keys.admin().when().get("/v3/api-keys").then().statusCode(200)
                .body("items", hasSize(1)).body("total_count", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0]", not(hasKey("key")))
                .extract().asString();
        String single = keys.admin().when().get("/v3/api-keys/" + id).then().extract().asString();
        String secret = issued.getString("key");
        assertThat(list).doesNotContain(secret).doesNotContain(secret.substring(secret.lastIndexOf('.') + 1));
        assertThat(single).doesNotContain(secret).doesNotContain(secret.substring(secret.lastIndexOf('.') + 1));
    }

    @Test
    void anotherOrganisationsKeyIsInvisible() {
        String id = keys.issue("mine", "campaigns").getString("id");
        RequestSpecification other = ApiKeyFixtures.with(TestApiKeys.issue(UUID.randomUUID().toString(), "admin"));
        other.when().get("/v3/api-keys/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        ApiKeyFixtures.with(TestApiKeys.issue(UUID.randomUUID().toString(), "admin"))
                .when().delete("/v3/api-keys/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        ApiKeyFixtures.with(TestApiKeys.issue(UUID.randomUUID().toString(), "admin"))
                .when().get("/v3/api-keys").then().statusCode(200).body("items", hasSize(0))
                .body("total_count", equalTo(0));
        keys.admin().when().get("/v3/api-keys/" + id).then().statusCode(200).body("revoked_at", nullValue());
        assertThat(keys.outboxRows(id)).isZero();
    }

    @Test
    void unknownMalformedAndBootstrapKeyIdsAre404s() {
        keys.admin().when().get("/v3/api-keys/" + UUID.randomUUID()).then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
        keys.admin().when().get("/v3/api-keys/not-a-uuid").then().statusCode(404)
                .body("error.details.id", equalTo("not-a-uuid"));
        String bootstrap = UUID.randomUUID().toString();
        ApiKeyFixtures.with(TestApiKeys.issueWithKeyId(bootstrap, org, "admin"))
                .when().delete("/v3/api-keys/" + bootstrap).then().statusCode(404)
                .body("error.details.resource", equalTo("API key"));
    }

    @Test
    void pagingWalksEveryKeyOnce() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(keys.issue("key " + i, "calls").getString("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = keys.admin().queryParam("limit", 2).queryParam("sort_order", "asc");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/v3/api-keys").then().statusCode(200)
                    .body("total_count", equalTo(5)).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(ids);
        keys.admin().queryParam("name", "key 1").when().get("/v3/api-keys").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("name"));
    }
}
