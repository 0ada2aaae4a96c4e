package io.voxcampaigns.agent.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItems;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** Every /v3 request needs a valid organisation API key; each refusal is a 401 in the error envelope. */
@QuarkusTest
@RealInfra(database = "agents")
class ApiKeyAuthTest {

    private static final String ORG = UUID.randomUUID().toString();

    @Test
    void missingKeyIs401InTheEnvelope() {
        given().when().get("/v3/agents").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("error.code", equalTo("UNAUTHORIZED"))
                .body("error.message", containsString("missing API key"));
    }

    @Test
    void nonBearerSchemeIs401() {
        given().header("Authorization", "Basic dXNlcjpwYXNz").when().get("/v3/agents").then().statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED"))
                .body("error.message", containsString("malformed Authorization header"));
    }

    @Test
    void garbageTokenIs401() {
        given().auth().oauth2("not-a-token").when().get("/v3/agents").then().statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED"))
                .body("error.message", equalTo("invalid or expired API key"));
    }

    @Test
    void expiredKeyIs401() {
        given().auth().oauth2(TestApiKeys.expired(ORG)).when().get("/v3/agents").then().statusCode(401)
                .body("error.message", equalTo("invalid or expired API key"));
    }

    @Test
    void keySignedByAnotherKeyPairIs401() {
        given().auth().oauth2(TestApiKeys.signedByUnknownKey(ORG)).when().get("/v3/agents").then().statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void revokedKeyIs401() {
        given().auth().oauth2(TestApiKeys.issueWithKeyId("revoked-test-key", ORG)).when().get("/v3/agents")
                .then().statusCode(401)
                .body("error.message", equalTo("API key revoked"));
    }

    @Test
    void validKeyIsAccepted() {
        given().auth().oauth2(TestApiKeys.issue(ORG)).when().get("/v3/agents").then().statusCode(200)
                .body("total_count", equalTo(0));
    }

    @Test
    void healthAndOpenApiNeedNoKey() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("vox_outbox_backlog"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", not(emptyOrNullString()));
    }
}
