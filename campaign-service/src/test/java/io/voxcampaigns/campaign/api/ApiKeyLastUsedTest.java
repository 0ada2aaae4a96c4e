package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * An API key's last_used_at: null until the key authenticates a request, then the time of its latest request, as
 * the service reported it on api-key.usage (every second in tests) and campaign-service read it back; a later report
 * never moves it back.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class ApiKeyLastUsedTest {

    @Inject
    Pool pool;

    @Test
    void aKeysLastUseShowsInTheListAfterItAuthenticatedARequest() {
        ApiKeyFixtures keys = new ApiKeyFixtures(pool, UUID.randomUUID().toString());
        JsonPath issued = keys.issue("reporting", "campaigns");
        String id = issued.getString("id");
        assertThat(issued.getString("last_used_at")).isNull();
        assertThat(lastUsedAt(keys, id)).as("not used yet").isNull();

        long before = System.currentTimeMillis();
        ApiKeyFixtures.with(issued.getString("key")).when().get("/v3/campaigns").then().statusCode(200);
        long after = System.currentTimeMillis();

        Long first = await().atMost(Duration.ofSeconds(20)).until(() -> lastUsedAt(keys, id), at -> at != null);
        assertThat(first).isBetween(before, after);

        ApiKeyFixtures.with(issued.getString("key")).when().get("/v3/campaigns").then().statusCode(200);
        long second = await().atMost(Duration.ofSeconds(20))
                .until(() -> lastUsedAt(keys, id), at -> at != null && at > first);
        assertThat(second).isGreaterThanOrEqualTo(after);
        assertThat(keys.admin().when().get("/v3/api-keys").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.id == '" + id + "' }.last_used_at")).isEqualTo(second);
    }

    private static Long lastUsedAt(ApiKeyFixtures keys, String id) {
        String value = keys.admin().when().get("/v3/api-keys/" + id).then().statusCode(200).extract().jsonPath()
                .getString("last_used_at");
        return value == null ? null : Long.parseLong(value);
    }
}
