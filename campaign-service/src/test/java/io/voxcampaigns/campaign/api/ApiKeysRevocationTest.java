package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.apikey.ApiKeyRevoked;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/**
 * DELETE /v3/api-keys/{id}: revoked_at set, one ApiKeyRevoked on api-key.events, and the key refused (401) within
 * five seconds; a second DELETE changes and publishes nothing.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class ApiKeysRevocationTest {

    private static final Logger LOG = Logger.getLogger(ApiKeysRevocationTest.class);
    private static final Duration REFUSED_WITHIN = Duration.ofSeconds(5);

    @Inject
    Pool pool;

    private final String org = UUID.randomUUID().toString();
    private ApiKeyFixtures keys;

    @BeforeEach
    void fixtures() {
        keys = new ApiKeyFixtures(pool, org);
    }

    @Test
    void aRevokedKeyIsPublishedAndRefusedWithinFiveSeconds() {
        JsonPath issued = keys.issue("revoked", "campaigns");
        String id = issued.getString("id");
        String revoked = issued.getString("key");
        JsonPath kept = keys.issue("kept", "campaigns");
        ApiKeyFixtures.with(revoked).when().get("/v3/campaigns").then().statusCode(200);

        long deleteAt = System.nanoTime();
        keys.admin().when().delete("/v3/api-keys/" + id).then().statusCode(204);
        await().atMost(REFUSED_WITHIN).pollInterval(Duration.ofMillis(50)).until(() ->
                ApiKeyFixtures.with(revoked).when().get("/v3/campaigns").then().extract().statusCode() == 401);
        Duration refusedAfter = Duration.ofNanos(System.nanoTime() - deleteAt);
        LOG.infof("revoked key refused %d ms after its DELETE was sent", refusedAfter.toMillis());
        assertThat(refusedAfter).isLessThan(REFUSED_WITHIN);
        ApiKeyFixtures.with(revoked).when().get("/v3/campaigns").then().statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED"));
        ApiKeyFixtures.with(kept.getString("key")).when().get("/v3/campaigns").then().statusCode(200);

        long revokedAt = keys.admin().when().get("/v3/api-keys/" + id).then().statusCode(200)
                .body("revoked_at", notNullValue()).extract().jsonPath().getLong("revoked_at");
        keys.admin().when().get("/v3/api-keys/" + kept.getString("id")).then().statusCode(200)
                .body("revoked_at", nullValue());
        List<ApiKeyRevoked> records = published(id);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).getKeyId()).isEqualTo(id);
        assertThat(records.get(0).getOrganizationId()).isEqualTo(org);
        assertThat(records.get(0).getRevokedAt()).isEqualTo(Instant.ofEpochMilli(revokedAt));
    }

    @Test
    void aSecondRevocationIs204AndPublishesNothingNew() {
        String id = keys.issue("twice", "calls").getString("id");
        keys.admin().when().delete("/v3/api-keys/" + id).then().statusCode(204);
        long revokedAt = keys.admin().when().get("/v3/api-keys/" + id).then().extract().jsonPath()
                .getLong("revoked_at");
        keys.admin().when().delete("/v3/api-keys/" + id).then().statusCode(204);
        keys.admin().when().get("/v3/api-keys/" + id).then().statusCode(200).body("revoked_at", equalTo(revokedAt));
        assertThat(keys.outboxRows(id)).isOne();
        assertThat(published(id)).hasSize(1);
        keys.admin().when().get("/v3/api-keys").then().statusCode(200).body("total_count", equalTo(1))
                .body("items[0].revoked_at", equalTo(revokedAt));
    }

    @Test
    void aKeyMayRevokeItself() {
        JsonPath issued = keys.issue("self", "admin");
        String admin = issued.getString("key");
        String id = issued.getString("id");
        ApiKeyFixtures.with(admin).when().delete("/v3/api-keys/" + id).then().statusCode(204);
        await().atMost(REFUSED_WITHIN).until(() ->
                ApiKeyFixtures.with(admin).when().get("/v3/api-keys").then().extract().statusCode() == 401);
        keys.admin().when().get("/v3/api-keys/" + id).then().statusCode(200).body("revoked_at", notNullValue());
    }

    /** The ApiKeyRevoked records of a key on api-key.events, once there is one. */
    private static List<ApiKeyRevoked> published(String keyId) {
        ConsumerTask<String, byte[]> task = TestKafka.consume(Topics.API_KEY_EVENTS);
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> !of(task, keyId).isEmpty());
            return of(task, keyId);
        } finally {
            task.close();
        }
    }

    private static List<ApiKeyRevoked> of(ConsumerTask<String, byte[]> task, String keyId) {
        return task.getRecords().stream().filter(r -> keyId.equals(r.key()))
                .map(r -> EventCodec.decode(r.value(), ApiKeyRevoked.class)).toList();
    }
}
