package io.voxcampaigns.dispatcher.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.voxcampaigns.testing.support.OversizedBody;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** Refusals made before the API code runs still answer in the error envelope. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class HttpRefusalsTest {

    @TestHTTPResource("/")
    URI base;

    private final String key = TestApiKeys.issue(UUID.randomUUID().toString());

    @Test
    void bodyOverTheLimitIs413EvenBeforeRouting() {
        HttpResponse<String> answer = OversizedBody.post(base.resolve("/v3/calls"), key, 11 * 1024 * 1024);
        assertThat(answer.statusCode()).isEqualTo(413);
        JsonPath body = JsonPath.from(answer.body());
        assertThat(body.getString("error.code")).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(body.getInt("error.details.max_body_bytes")).isEqualTo(10240 * 1024);
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
