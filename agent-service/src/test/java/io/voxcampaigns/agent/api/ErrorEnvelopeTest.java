package io.voxcampaigns.agent.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpResponse;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.voxcampaigns.testing.support.OversizedBody;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** HTTP-level refusals (method, media type, body size) also answer in the vox error envelope. */
@QuarkusTest
@RealInfra(database = "agents")
class ErrorEnvelopeTest {

    @TestHTTPResource("/")
    URI base;

    private final String key = TestApiKeys.issue(UUID.randomUUID().toString());

    @Test
    void unsupportedMethodIs405() {
        given().auth().oauth2(key).when().put("/v3/agents").then().statusCode(405)
                .body("error.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void nonJsonBodyIs415() {
        given().auth().oauth2(key).contentType(ContentType.TEXT).body("name=x").when().post("/v3/agents")
                .then().statusCode(415).body("error.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void bodyOverTheLimitIs413() {
        HttpResponse<String> answer = OversizedBody.post(base.resolve("/v3/agents"), key, 11 * 1024 * 1024);
        assertThat(answer.statusCode()).isEqualTo(413);
        JsonPath body = JsonPath.from(answer.body());
        assertThat(body.getString("error.code")).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(body.getInt("error.details.max_body_bytes")).isEqualTo(10240 * 1024);
    }

    @Test
    void emptyBodyIs400() {
        given().auth().oauth2(key).contentType(ContentType.JSON).when().post("/v3/agents")
                .then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"));
    }
}
