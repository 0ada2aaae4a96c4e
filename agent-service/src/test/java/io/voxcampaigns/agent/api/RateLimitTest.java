package io.voxcampaigns.agent.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * Issue 17 item 3: each organisation's requests draw from its own token bucket per route class, kept in the service's
 * database. Over the limit, a 429 in the error envelope with Retry-After, counted per organisation; another
 * organisation, the other route class, health and metrics are not held back.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@RealInfra(database = "agents")
class RateLimitTest {

    /** Reads: 1 per second, 5 at once; changes: 1 per second, 2 at once. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vox.rate-limit.read.per-second", "1", "vox.rate-limit.read.burst", "5",
                    "vox.rate-limit.write.per-second", "1", "vox.rate-limit.write.burst", "2");
        }
    }

    @Test
    void threeTimesTheLimitGets429sWhileAnotherOrganisationIsServed() {
        String busy = UUID.randomUUID().toString();
        String quiet = UUID.randomUUID().toString();
        String busyKey = TestApiKeys.issue(busy);
        String quietKey = TestApiKeys.issue(quiet);

        List<Integer> statuses = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 15; i++) {
            Response response = given().auth().oauth2(busyKey).when().get("/v3/agents");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                refused = response;
            }
        }
        assertThat(statuses.stream().filter(status -> status == 200).count()).as(statuses.toString())
                .isBetween(5L, 7L);
        assertThat(statuses.stream().filter(status -> status == 429).count()).isGreaterThanOrEqualTo(8);
        assertThat(refused).isNotNull();
        refused.then().body("error.code", equalTo("TOO_MANY_REQUESTS"))
                .body("error.details.route_class", equalTo("read")).header("Retry-After", "1");

        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(quietKey).when().get("/v3/agents").then().statusCode(200);
        }
        given().auth().oauth2(busyKey).body("{}").contentType("application/json").when().post("/v3/agents/validate-flow")
                .then().statusCode(org.hamcrest.Matchers.not(429));
        for (int i = 0; i < 20; i++) {
            given().when().get("/q/health/live").then().statusCode(200);
        }
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("vox_api_throttled_total\\{[^}]*organization=\"" + busy
                + "\"[^}]*route_class=\"read\"[^}]*} ([89]|1[0-9])\\.0");
        assertThat(metrics).doesNotContain("organization=\"" + quiet + "\"");
    }
}
