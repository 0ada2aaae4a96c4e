package io.voxcampaigns.dispatcher.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** Refusals made before the API code runs still answer in the error envelope. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class HttpRefusalsTest {

    private final String key = TestApiKeys.issue(UUID.randomUUID().toString());

    @Test
    void bodyOverTheLimitIs413EvenBeforeRouting() {
        byte[] huge = new byte[11 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        given().auth().oauth2(key).contentType(ContentType.JSON).body(huge).when().post("/v3/calls")
                .then().statusCode(413)
                .body("error.code", equalTo("PAYLOAD_TOO_LARGE"))
                .body("error.details.max_body_bytes", equalTo(10240 * 1024));
    }

    @Test
    void unsupportedMethodIs405() {
        given().auth().oauth2(key).when().delete("/v3/calls").then().statusCode(405)
                .body("error.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void unknownQueryParameterIs400() {
        given().auth().oauth2(key).queryParam("status[]", "ended").when().get("/v3/calls").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("status[]"));
    }
}
