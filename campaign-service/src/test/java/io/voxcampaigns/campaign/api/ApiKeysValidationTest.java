package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.testing.support.RealInfra;

/** POST /v3/api-keys refuses every invalid field with a 400 naming it, and stores nothing. */
@QuarkusTest
@RealInfra(database = "campaigns")
class ApiKeysValidationTest {

    private static final List<String> SCOPES = List.of("agents", "campaigns", "calls", "admin");

    @Inject
    Pool pool;

    private final String org = UUID.randomUUID().toString();
    private ApiKeyFixtures keys;

    @BeforeEach
    void fixtures() {
        keys = new ApiKeyFixtures(pool, org);
    }

    @AfterEach
    void nothingStored() {
        assertThat(keys.rows()).isZero();
    }

    private ValidatableResponse post(Object body) {
        return keys.admin().body(body).when().post("/v3/api-keys").then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"));
    }

    private static Map<String, Object> body(String name, List<String> scopes, Long expiresAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("scopes", scopes);
        body.put("expires_at", expiresAt);
        return body;
    }

    @Test
    void nameIsRequiredAndAtMost100Characters() {
        post(body(null, List.of("calls"), null)).body("error.details.field", equalTo("name"));
        post(body(" ", List.of("calls"), null)).body("error.details.field", equalTo("name"));
        post(body("x".repeat(101), List.of("calls"), null)).body("error.details.field", equalTo("name"))
                .body("error.details.reason", containsString("101"));
    }

    @Test
    void scopesAreRequiredDistinctAndKnown() {
        post(body("k", null, null)).body("error.details.field", equalTo("scopes"))
                .body("error.details.allowed_values", equalTo(SCOPES));
        post(body("k", List.of(), null)).body("error.details.field", equalTo("scopes"));
        post(body("k", List.of("campaigns", "billing"), null)).body("error.details.field", equalTo("scopes[1]"))
                .body("error.details.allowed_values", equalTo(SCOPES))
                .body("error.details.reason", containsString("billing"));
        post(body("k", List.of("calls", "calls"), null)).body("error.details.field", equalTo("scopes[1]"));
        post(body("k", List.of("Admin", "calls", "admin", "calls"), null))
                .body("error.details.errors.field", equalTo(List.of("scopes[0]", "scopes[3]")));
        post(body("k", Arrays.asList("calls", null), null)).body("error.details.field", equalTo("scopes[1]"));
    }

    @Test
    void anExpiryMustLieAheadAndAtMostFiveYears() {
        Instant now = Instant.now();
        post(body("k", List.of("calls"), now.minusSeconds(60).toEpochMilli()))
                .body("error.details.field", equalTo("expires_at"))
                .body("error.details.reason", containsString("future"));
        long sixYears = now.atOffset(ZoneOffset.UTC).plusYears(5).plusDays(1).toInstant().toEpochMilli();
        post(body("k", List.of("calls"), sixYears)).body("error.details.field", equalTo("expires_at"))
                .body("error.details.reason", containsString("5 years"));
        post(body("k", List.of("calls"), 42L)).body("error.details.field", equalTo("expires_at"));
        post(Map.of("name", "k", "scopes", List.of("calls"), "expires_at", "tomorrow"))
                .body("error.details.field", equalTo("expires_at"));
    }

    @Test
    void everyInvalidFieldIsNamedAndUnknownFieldsAreRefused() {
        post(body("", List.of("root"), 1L))
                .body("error.details.errors.field", equalTo(List.of("name", "scopes[0]", "expires_at")));
        Map<String, Object> extra = body("k", List.of("calls"), null);
        extra.put("organization_id", "someone-else");
        post(extra).body("error.details.errors.field", hasItem("organization_id"));
        post("{").body("error.code", equalTo("VALIDATION_ERROR"));
        keys.admin().queryParam("dry_run", "true").body(body("k", List.of("calls"), null)).when().post("/v3/api-keys")
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("dry_run"));
    }
}
